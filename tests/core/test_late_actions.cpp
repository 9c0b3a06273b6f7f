// Actions written late (docs/STATS.md, "Actions written late"): an action first written after the
// plan's start owes from that week, not from the plan's start. Figures are computed by hand.
#include <catch2/catch.hpp>

#include "core/document.hpp"
#include "core/merge.hpp"
#include "core/next_year.hpp"
#include "core/review.hpp"
#include "core/stats.hpp"

using namespace mandalart;
using Approx = Catch::Detail::Approx;

namespace {

void tick(Plan& plan, int week, int n, int m, int count = 1) { plan.weeks[week].counts[plan.action(n, m).id] = count; }

// 2026 from W01: sub-goal 1 written in January (1.1 "물 2L" 1/week, ticked every week up to W48);
// the user is in W52 (Wednesday 2026-12-23).
const Date kDecember{2026, 12, 23};
const Date kJanuary{2026, 1, 7};  // W02

Plan january_plan() {
    Plan plan = make_blank_plan(2026);
    plan.goal(1).text = "몸";
    plan.action(1, 1).text = "물 2L";
    for (int w = 1; w <= 48; ++w) tick(plan, w, 1, 1);
    return plan;
}

CellAddress action(int n, int m) { return CellAddress::act(n, m); }

}  // namespace

TEST_CASE("an action written for the first time after the start starts in that week") {
    Plan plan = january_plan();
    Document doc(plan, "");
    REQUIRE(doc.apply(dated(SetText{action(2, 1), "독서"}, doc.plan(), kDecember)).empty());
    CHECK(doc.plan().action(2, 1).start == 52);
    CHECK(doc.plan().start_of(2, 1) == 52);
    // Written in January (W02 is after the start W01): it starts in W02.
    REQUIRE(doc.apply(dated(SetText{action(2, 2), "운동"}, doc.plan(), kJanuary)).empty());
    CHECK(doc.plan().action(2, 2).start == 2);
    // Rewording a written action keeps its start; so does a text written in the start week.
    REQUIRE(doc.apply(dated(SetText{action(2, 1), "독서 30분"}, doc.plan(), kDecember)).empty());
    CHECK(doc.plan().action(2, 1).start == 52);
    Plan late_start = make_blank_plan(2026);
    late_start.start = 52;
    Document second(late_start, "");
    REQUIRE(second.apply(dated(SetText{action(1, 1), "물"}, second.plan(), kDecember)).empty());
    CHECK(second.plan().action(1, 1).start == 0);
}

TEST_CASE("an action that was ticked keeps its start when it is cleared and written again") {
    Plan plan = january_plan();
    Document doc(plan, "");
    REQUIRE(doc.apply(dated(SetText{action(1, 1), ""}, doc.plan(), kDecember)).empty());
    REQUIRE(doc.apply(dated(SetText{action(1, 1), "물 2L"}, doc.plan(), kDecember)).empty());
    CHECK(doc.plan().action(1, 1).start == 0);
}

TEST_CASE("undo and redo of a first text take the action's start back and forth") {
    Document doc(january_plan(), "");
    REQUIRE(doc.apply(dated(SetText{action(2, 1), "독서"}, doc.plan(), kDecember)).empty());
    REQUIRE(doc.undo());
    CHECK(doc.plan().action(2, 1).text.empty());
    CHECK(doc.plan().action(2, 1).start == 0);
    REQUIRE(doc.redo());
    CHECK(doc.plan().action(2, 1).text == "독서");
    CHECK(doc.plan().action(2, 1).start == 52);
}

TEST_CASE("late actions do not lower the year or any past week") {
    Plan plan = january_plan();
    const PlanStats before = plan_stats(plan, kDecember);
    // 1.1: 48 of 52 weeks.
    CHECK(*before.overall == Approx(48.0 / 52.0));
    const auto w10_before = week_completion(plan, 10);
    // Four blocks filled in the last week of December: 32 actions, none ticked yet.
    Document doc(plan, "");
    for (int n = 2; n <= 5; ++n)
        for (int m = 1; m <= 8; ++m) REQUIRE(doc.apply(dated(SetText{action(n, m), "새 실천"}, doc.plan(), kDecember)).empty());
    const PlanStats after = plan_stats(doc.plan(), kDecember);
    // Each late action owes one week (W52, open, not met): completion 0, not 0 of 52.
    CHECK(after.action(2, 1).expected == 1);
    CHECK(*after.action(2, 1).completion == 0.0);
    // The year: sub-goal 1 at 48/52, four sub-goals at 0 → (48/52)/5. Ticked this week, they are 100 %.
    CHECK(*after.overall == Approx((48.0 / 52.0) / 5));
    for (int n = 2; n <= 5; ++n)
        for (int m = 1; m <= 8; ++m) REQUIRE(doc.apply(SetCount{52, n, m, 1}).empty());
    const PlanStats ticked = plan_stats(doc.plan(), kDecember);
    CHECK(*ticked.overall == Approx((48.0 / 52.0 + 4) / 5));
    // A past week's bar is unchanged: the late actions owed nothing in W10.
    CHECK(week_completion(doc.plan(), 10) == w10_before);
    CHECK(*week_completion(doc.plan(), 10) == 1.0);
    // The year in numbers counts their ticks from their start only.
    CHECK(year_numbers(doc.plan(), ticked).ticks == 48 + 32);
}

TEST_CASE("monthly and yearly late actions owe from their start") {
    Plan plan = make_blank_plan(2026);
    plan.action(1, 1).text = "등산";
    plan.action(1, 1).target = Target{TargetKind::PerMonth, 1};
    plan.action(1, 2).text = "책 12권";
    plan.action(1, 2).target = Target{TargetKind::PerYear, 12};
    plan.action(1, 1).start = 49;  // W49: 30 Nov – 6 Dec, a December week (its Thursday is 3 Dec)
    plan.action(1, 2).start = 49;
    tick(plan, 50, 1, 1);
    const PlanStats stats = plan_stats(plan, kDecember);
    // 1/month: only December is owed (once), and it was done.
    CHECK(stats.action(1, 1).expected == 1);
    CHECK(*stats.action(1, 1).completion == 1.0);
    // 12/year from W49: 4 weeks of the 4 left (W49..W52, 2026 has 53 weeks: 4 of 5) → 12 × 4/5.
    CHECK(stats.action(1, 2).expected == Approx(12.0 * 4 / 5));
    CHECK(running_total(plan, 52, 1, 1).done == 1);
}

TEST_CASE("an action's start is refused before the plan's start, after this week and after its ticks") {
    Plan plan = january_plan();
    plan.start = 3;
    CHECK(check_action_start(plan, 2, 1, 2, kDecember) == "action 2.1 cannot start in 2026-W02: the plan starts in 2026-W03");
    CHECK(check_action_start(plan, 2, 1, 53, kDecember) ==
          "action 2.1 cannot start in 2026-W53: it has not begun (this week is 2026-W52)");
    CHECK(check_action_start(plan, 1, 1, 10, kDecember) ==
          "action 1.1 cannot start in 2026-W10: it was ticked in 2026-W03; it can start at most then");
    CHECK(check_action_start(plan, 2, 1, 52, kDecember).empty());
    CHECK(check_action_start(plan, 2, 1, 60, kDecember) == "week 60 is not in 2026 (weeks 1..53)");
    // Moving to the plan's start stores none (it counts from the plan's start).
    Document doc(plan, "");
    REQUIRE(doc.apply(SetActionStart{2, 1, 40}).empty());
    CHECK(doc.plan().action(2, 1).start == 40);
    REQUIRE(doc.apply(SetActionStart{2, 1, 3}).empty());
    CHECK(doc.plan().action(2, 1).start == 0);
    REQUIRE(doc.undo());
    CHECK(doc.plan().action(2, 1).start == 40);
}

TEST_CASE("a week before an action's start cannot be ticked; the future cannot be ticked") {
    Plan plan = january_plan();
    plan.action(2, 1).text = "독서";
    plan.action(2, 1).start = 50;
    CHECK(check_edit(plan, SetCount{49, 2, 1, 1}) ==
          "action 2.1 starts in 2026-W50 (it was written then): move its start to tick an earlier week");
    CHECK(check_edit(plan, SetCount{50, 2, 1, 1}).empty());
    CHECK(check_tick_week(plan, 53, kDecember) == "2026-W53 has not begun: this week is 2026-W52");
    CHECK(check_tick_week(plan, 52, kDecember).empty());
    CHECK(check_tick_week(plan, 1, Date{2025, 12, 1}) ==
          "2026-W01 has not begun: the plan's year begins on Monday 2025-12-29");
}

TEST_CASE("a change of year moves every action to the plan's start; undo brings the starts back") {
    Plan plan = make_blank_plan(2026);
    plan.action(1, 1).text = "독서";
    plan.action(1, 1).start = 30;
    Document doc(plan, "");
    REQUIRE(doc.apply(SetPlanSettings{"", 2027, 1}).empty());
    CHECK(doc.plan().action(1, 1).start == 0);
    REQUIRE(doc.undo());
    CHECK(doc.plan().action(1, 1).start == 30);
    CHECK(doc.plan().year == 2026);
}

TEST_CASE("next year's plan starts every action with the plan; merges keep the earlier start") {
    Plan plan = make_blank_plan(2026);
    plan.action(1, 1).text = "독서";
    plan.action(1, 1).start = 30;
    const Plan next = next_year_plan(plan, plan_stats(plan, kDecember), Carry::All, true);
    CHECK(next.action(1, 1).start == 0);
    Plan mine = plan, theirs = plan;
    theirs.action(1, 1).start = 20;
    // Two-way: the earlier. Three-way: the side that changed.
    CHECK(merge_plans(mine, theirs, std::nullopt).plan.action(1, 1).start == 20);
    mine.action(1, 1).start = 40;
    CHECK(merge_plans(mine, plan, plan).plan.action(1, 1).start == 40);
}
