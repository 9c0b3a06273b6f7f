// What the weekly reminder names (issue 27): weekly actions short of their target this week;
// nothing once the week is done, skipped, or before the plan began.
#include <catch2/catch.hpp>

#include "core/week_left.hpp"

using namespace mandalart;

namespace {

Plan two_weekly_actions() {
    Plan plan = make_blank_plan(2026);
    plan.action(1, 1).text = "주 3회 운동";
    plan.action(1, 1).target = Target{TargetKind::PerWeek, 3};
    plan.action(1, 2).text = "하루 물 2L";
    plan.action(1, 2).target = Target{TargetKind::PerWeek, 7};
    plan.action(1, 3).text = "건강검진";  // a milestone: not a weekly reminder
    plan.action(1, 3).target = Target{TargetKind::Once, 0};
    return plan;
}

}  // namespace

TEST_CASE("the reminder names the weekly actions short of their target, and nothing once the week is done") {
    Plan plan = two_weekly_actions();
    plan.weeks[10].counts[plan.action(1, 1).id] = 1;
    const auto left = left_in_week(plan, 10);
    REQUIRE(left.size() == 2);
    CHECK(reminder_line(left, Language::Korean) == "이번 주 체크인: 2개 남았습니다 (주 3회 운동 1/3, 하루 물 2L 0/7)");
    CHECK(reminder_line(left, Language::English) == "This week's check-in: 2 actions left (주 3회 운동 1/3, 하루 물 2L 0/7)");
    CHECK(reminder_line(left, Language::Korean, 1) == "이번 주 체크인: 2개 남았습니다 (주 3회 운동 1/3, …)");

    plan.weeks[10].counts[plan.action(1, 1).id] = 3;
    plan.weeks[10].counts[plan.action(1, 2).id] = 7;
    CHECK(left_in_week(plan, 10).empty());
    CHECK(reminder_line(left_in_week(plan, 10), Language::Korean).empty());
}

TEST_CASE("a skipped week, or one before the plan began, asks for nothing") {
    Plan plan = two_weekly_actions();
    plan.weeks[11].skipped = true;
    CHECK(left_in_week(plan, 11).empty());
    plan.start = 12;
    CHECK(left_in_week(plan, 10).empty());
    CHECK(left_in_week(plan, 12).size() == 2);
}
