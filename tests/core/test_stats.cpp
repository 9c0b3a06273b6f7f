// The numbers of docs/STATS.md on small plans computed by hand.
#include <catch2/catch.hpp>

#include "written_plan.hpp"
#include "core/document.hpp"
#include "core/stats.hpp"

using namespace mandalart;
using mandalart::testing::written_plan;
using Approx = Catch::Detail::Approx;

namespace {

// A 2025 plan (52 weeks; W01 starts Monday 2024-12-30) where every action is `none`
// except the ones a test sets.
Plan plan_2025() {
    Plan plan = written_plan(2025);
    for (auto& goal : plan.sub_goals)
        for (auto& action : goal.actions) action.target = Target{TargetKind::None, 0};
    return plan;
}

void set_count(Plan& plan, int week, int n, int m, int count) { plan.weeks[week].counts[plan.action(n, m).id] = count; }
void skip(Plan& plan, int week) { plan.weeks[week].skipped = true; }

const Date kWednesdayW10{2025, 3, 5};

}  // namespace

TEST_CASE("weeks started as of a date") {
    CHECK(weeks_started(2025, Date{2024, 12, 29}) == 0);
    CHECK(weeks_started(2025, Date{2024, 12, 30}) == 1);
    CHECK(weeks_started(2025, kWednesdayW10) == 10);
    CHECK(weeks_started(2025, Date{2025, 12, 28}) == 52);
    CHECK(weeks_started(2025, Date{2026, 7, 1}) == 52);
    CHECK(weeks_started(2026, Date{2027, 1, 2}) == 53);
}

TEST_CASE("N/week: skipped weeks drop out, each week is capped at N, streaks") {
    Plan plan = plan_2025();
    plan.action(1, 1).target = Target{TargetKind::PerWeek, 3};
    const int counts[] = {3, 5, 3, 2, 3, 3, 0, 3, 3, 1};  // W01..W10
    for (int w = 1; w <= 10; ++w) set_count(plan, w, 1, 1, counts[w - 1]);
    skip(plan, 4);
    set_count(plan, 11, 1, 1, 3);  // after the date: not counted

    ActionStats a = action_stats(plan, 1, 1, kWednesdayW10);
    CHECK(a.tracked);
    CHECK(a.expected == 27);  // 3 × 9 non-skipped weeks
    CHECK(a.achieved == 22);  // 3+3+3 +3+3+0+3+3+1 (W02's 5 counts as 3; skipped W04 not at all)
    CHECK(*a.completion == Approx(22.0 / 27.0));
    CHECK(a.has_streak);
    CHECK(a.streak == 2);          // W08, W09; the open W10 is not met yet and does not break it
    CHECK(a.longest_streak == 5);  // W01..W03, skipped W04, W05..W06

    set_count(plan, 10, 1, 1, 3);  // the current week met: it extends the streak
    a = action_stats(plan, 1, 1, kWednesdayW10);
    CHECK(a.streak == 3);
    CHECK(a.achieved == 24);

    // As of the next Monday W10 is complete and W11 is open.
    a = action_stats(plan, 1, 1, Date{2025, 3, 10});
    CHECK(a.streak == 4);
    CHECK(a.expected == 30);
}

TEST_CASE("N/week: a missed complete week ends the streak") {
    Plan plan = plan_2025();
    plan.action(1, 1).target = Target{TargetKind::PerWeek, 1};
    for (int w = 1; w <= 5; ++w) set_count(plan, w, 1, 1, 1);
    // W06 missed, W07 open.
    const ActionStats a = action_stats(plan, 1, 1, Date{2025, 2, 12});
    CHECK(a.streak == 0);
    CHECK(a.longest_streak == 5);
    CHECK(a.expected == 7);
    CHECK(a.achieved == 5);
}

TEST_CASE("N/month: weeks belong to the month of their Thursday") {
    Plan plan = plan_2025();
    plan.action(2, 1).target = Target{TargetKind::PerMonth, 2};
    // January = W01..W05 (W05's Thursday is 30 January), February = W06..W09, March from W10.
    set_count(plan, 1, 2, 1, 1);
    set_count(plan, 3, 2, 1, 2);
    for (int w = 6; w <= 9; ++w) skip(plan, w);  // February entirely skipped: left out
    set_count(plan, 10, 2, 1, 1);
    const ActionStats a = action_stats(plan, 2, 1, kWednesdayW10);
    CHECK(a.expected == 4);   // January and March
    CHECK(a.achieved == 3);   // min(3, 2) + 1
    CHECK(*a.completion == Approx(0.75));
    CHECK_FALSE(a.has_streak);

    // W01 begins on 30 December 2024, but its Thursday is in January: January has started.
    const ActionStats first = action_stats(plan, 2, 1, Date{2024, 12, 30});
    CHECK(first.expected == 2);
    CHECK(first.achieved == 1);
}

TEST_CASE("N/year: expected is pro-rated over the non-skipped weeks") {
    Plan plan = plan_2025();
    plan.action(3, 1).target = Target{TargetKind::PerYear, 12};
    skip(plan, 4);
    skip(plan, 20);
    set_count(plan, 2, 3, 1, 2);
    set_count(plan, 9, 3, 1, 1);
    set_count(plan, 30, 3, 1, 5);  // later in the year
    ActionStats a = action_stats(plan, 3, 1, kWednesdayW10);
    CHECK(a.expected == Approx(12.0 * 9 / 50));  // 9 non-skipped weeks counted of 50 in the year
    CHECK(a.achieved == 3);
    CHECK(*a.completion == 1.0);  // ahead of schedule, capped at 100 %

    a = action_stats(plan, 3, 1, Date{2026, 1, 10});  // the year is over
    CHECK(a.expected == Approx(12.0));
    CHECK(a.achieved == 8);
    CHECK(*a.completion == Approx(8.0 / 12.0));
}

TEST_CASE("once: a milestone is 0 until the week it is done") {
    Plan plan = plan_2025();
    plan.action(4, 1).target = Target{TargetKind::Once, 1};
    set_count(plan, 12, 4, 1, 1);
    CHECK(*action_stats(plan, 4, 1, kWednesdayW10).completion == 0.0);
    CHECK(action_stats(plan, 4, 1, kWednesdayW10).expected == 1);
    CHECK(*action_stats(plan, 4, 1, Date{2025, 3, 17}).completion == 1.0);
    CHECK_FALSE(action_stats(plan, 4, 1, Date{2024, 12, 1}).completion.has_value());  // the year has not begun
}

TEST_CASE("none: nothing expected, no completion, left out of the means") {
    Plan plan = plan_2025();
    const ActionStats a = action_stats(plan, 5, 1, kWednesdayW10);
    CHECK_FALSE(a.tracked);
    CHECK_FALSE(a.completion.has_value());
    const PlanStats stats = plan_stats(plan, kWednesdayW10);
    CHECK_FALSE(stats.overall.has_value());
    CHECK_FALSE(stats.goal(5).completion.has_value());
}

TEST_CASE("sub-goals are the mean of their actions; overall the mean of sub-goals") {
    Plan plan = plan_2025();
    plan.action(1, 1).target = Target{TargetKind::PerWeek, 1};  // 10/10 → 1.0
    plan.action(1, 2).target = Target{TargetKind::PerWeek, 2};  // 10/20 → 0.5
    plan.action(6, 3).target = Target{TargetKind::Once, 1};     // not done → 0.0
    for (int w = 1; w <= 10; ++w) {
        set_count(plan, w, 1, 1, 1);
        set_count(plan, w, 1, 2, 1);
    }
    const PlanStats stats = plan_stats(plan, kWednesdayW10);
    CHECK(stats.weeks_counted == 10);
    CHECK(*stats.goal(1).completion == Approx(0.75));
    CHECK(*stats.goal(6).completion == 0.0);
    CHECK_FALSE(stats.goal(2).completion.has_value());
    CHECK(*stats.overall == Approx(0.375));  // (0.75 + 0) / 2
    CHECK(*stats.action(1, 2).completion == Approx(0.5));
}

TEST_CASE("a week's completion and the running totals of the check-in view") {
    Plan plan = plan_2025();
    plan.action(1, 1).target = Target{TargetKind::PerWeek, 3};
    plan.action(1, 2).target = Target{TargetKind::PerWeek, 1};
    plan.action(1, 3).target = Target{TargetKind::PerMonth, 4};
    plan.action(1, 4).target = Target{TargetKind::PerYear, 12};
    set_count(plan, 10, 1, 1, 2);
    set_count(plan, 10, 1, 2, 3);  // capped at 1
    CHECK(*week_completion(plan, 10) == Approx((2.0 / 3.0 + 1.0) / 2.0));
    CHECK(*week_completion(plan, 11) == 0.0);
    skip(plan, 11);
    CHECK_FALSE(week_completion(plan, 11).has_value());

    set_count(plan, 9, 1, 3, 1);   // February (Thursday 27 February)
    set_count(plan, 10, 1, 3, 2);  // March
    set_count(plan, 11, 1, 3, 1);  // March
    CHECK(running_total(plan, 11, 1, 3).done == 3);
    CHECK(running_total(plan, 11, 1, 3).target == 4);
    CHECK(running_total(plan, 10, 1, 3).done == 2);
    set_count(plan, 2, 1, 4, 2);
    set_count(plan, 20, 1, 4, 1);
    CHECK(running_total(plan, 10, 1, 4).done == 2);
    CHECK(running_total(plan, 20, 1, 4).done == 3);
    CHECK(running_total(plan, 20, 1, 4).target == 12);
}
