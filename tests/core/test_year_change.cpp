// A plan's year changed (issue 27): the start goes to the same place in the new year, and a title
// naming the old year names the new one.
#include <catch2/catch.hpp>

#include "core/plan.hpp"

using namespace mandalart;

TEST_CASE("a first plan's year: next year from 1 December, this year before") {
    CHECK(default_plan_year({2026, 11, 30}) == 2026);
    CHECK(default_plan_year({2026, 12, 1}) == 2027);
    CHECK(default_plan_year({2026, 12, 31}) == 2027);
    CHECK(default_plan_year({2027, 1, 1}) == 2027);
}

TEST_CASE("the start moves to the same place in the new year") {
    const Date december{2026, 12, 6};  // 2026-W49
    // Made this week for this year, moved to next year: it starts when the year does.
    CHECK(start_in_year(2026, 49, 2027, december).week == 1);
    // Week 1 stays week 1, whichever way.
    CHECK(start_in_year(2027, 1, 2026, december).week == 1);
    CHECK(start_in_year(2026, 1, 2027, december).week == 1);
    // Any other week keeps its number.
    CHECK(start_in_year(2026, 20, 2027, december).week == 20);
    CHECK_FALSE(start_in_year(2026, 20, 2027, december).clamped);
    // 2026 has 53 ISO weeks, 2027 has 52: W53 is clamped, and says so.
    const MovedStart clamped = start_in_year(2026, 53, 2027, december);
    CHECK(clamped.week == 52);
    CHECK(clamped.clamped);
    // Made this week of this year, moved to a past year: it starts at its week 1.
    CHECK(start_in_year(2026, 49, 2025, december).week == 1);
}

TEST_CASE("a title naming the old year names the new one; any other title is left alone") {
    CHECK(title_for_year("2026 만다라트", 2026, 2027) == "2027 만다라트");
    CHECK(title_for_year("Mandalart 2026", 2026, 2027) == "Mandalart 2027");
    CHECK(title_for_year("우리 팀의 목표", 2026, 2027).empty());
    CHECK(title_for_year("20265 계획", 2026, 2027).empty());  // part of a longer number
    CHECK(title_for_year("12026", 2026, 2027).empty());
}
