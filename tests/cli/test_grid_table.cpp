#include <catch2/catch.hpp>
#include <set>
#include <sstream>

#include "cli/grid_table.hpp"
#include "core/example_plan.hpp"
#include "core/text.hpp"

using namespace mandalart;

TEST_CASE("every line of the text table has the same display width, Hangul included") {
    Plan plan = make_example_plan(2026);
    plan.core = "아주 긴 핵심 목표는 여러 줄로 접혀서 표시되어야 합니다";
    const std::string table = cli::render_grid_table(chart_texts(plan));
    std::istringstream lines(table);
    std::set<int> widths;
    int count = 0;
    for (std::string line; std::getline(lines, line); ++count) widths.insert(display_width(line));
    CHECK(widths.size() == 1);
    CHECK(count > 19);  // 9 rows, some wrapped, plus 10 rules
    CHECK(table.find("아주 긴 핵심") != std::string::npos);
    CHECK(table.find("표시되어야") != std::string::npos);
}

TEST_CASE("an empty plan renders an empty but complete table") {
    const std::string table = cli::render_grid_table(chart_texts(make_blank_plan(2026)));
    CHECK(std::count(table.begin(), table.end(), '\n') == 19);
}
