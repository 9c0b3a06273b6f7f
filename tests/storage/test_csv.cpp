#include <catch2/catch.hpp>

#include "storage/csv.hpp"

using namespace mandalart;

TEST_CASE("CSV fields are quoted only when needed, quotes doubled") {
    CHECK(csv_field("주 3회 운동") == "주 3회 운동");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("a;b") == "\"a;b\"");  // spreadsheets in ; locales split on it
    CHECK(csv_row({"a", "", "b,c"}) == "a,,\"b,c\"\r\n");
}
