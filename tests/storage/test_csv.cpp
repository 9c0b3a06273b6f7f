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

TEST_CASE("CSV parsing: BOM, comma or semicolon, quoted commas, quotes and line breaks, CRLF") {
    const ParsedCsv a = parse_csv("\xEF\xBB\xBF" "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",,한글\r\n");
    REQUIRE(a.error.empty());
    CHECK(a.separator == ',');
    REQUIRE(a.rows.size() == 2);
    CHECK(a.rows[0] == std::vector<std::string>{"a", "b,c", "say \"hi\""});
    CHECK(a.rows[1] == std::vector<std::string>{"two\nlines", "", "한글"});
    const ParsedCsv b = parse_csv("x;\"y;z\";1,5\nlast;row");
    CHECK(b.separator == ';');
    CHECK(b.rows[0] == std::vector<std::string>{"x", "y;z", "1,5"});
    CHECK(b.rows[1] == std::vector<std::string>{"last", "row"});
    CHECK(parse_csv("a,\"never closed\n").error == "line 1: a quoted field is never closed");
    CHECK(parse_csv("\"a\"b,c").error == "line 1: unexpected text after a closing quote");
}
