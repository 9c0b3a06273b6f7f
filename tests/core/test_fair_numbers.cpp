// Fair numbers (docs/STATS.md): only written actions are tracked, nothing is owed before the
// plan's start, history on a cleared action is kept but not counted, and ties share badges.
// Every figure below is computed by hand in the comments.
#include <catch2/catch.hpp>

#include "core/document.hpp"
#include "core/review.hpp"
#include "core/stats.hpp"
#include "written_plan.hpp"

using namespace mandalart;
using Approx = Catch::Detail::Approx;
using mandalart::testing::written_plan;

namespace {

void set_count(Plan& plan, int week, int n, int m, int count) { plan.weeks[week].counts[plan.action(n, m).id] = count; }

// 2026 (W01 begins Monday 2025-12-29). Three actions written, the other 61 blank (and "1/week",
// as every new action is): 1.1 "물 2L" 1/week, 1.2 "스트레칭" 3/week, 3.1 "자격증 접수" once.
Plan half_written() {
    Plan plan = make_blank_plan(2026);
    plan.core = "건강한 한 해";
    plan.goal(1).text = "몸";
    plan.action(1, 1).text = "물 2L";
    plan.action(1, 2).text = "스트레칭";
    plan.action(1, 2).target = Target{TargetKind::PerWeek, 3};
    plan.action(3, 1).text = "자격증 접수";
    plan.action(3, 1).target = Target{TargetKind::Once, 1};
    for (int w = 1; w <= 9; ++w) set_count(plan, w, 1, 1, 1);
    for (int w = 1; w <= 5; ++w) set_count(plan, w, 1, 2, 3);
    for (int w = 6; w <= 10; ++w) set_count(plan, w, 1, 2, 1);
    return plan;
}

const Date kWednesdayW10{2026, 3, 4};

}  // namespace

TEST_CASE("an action is tracked only when it is written and has a target") {
    Action a;
    a.target = Target{TargetKind::PerWeek, 1};
    CHECK_FALSE(a.tracked());
    a.text = " \n\u3000 ";  // spaces, a line break and an ideographic space are still blank
    CHECK_FALSE(a.tracked());
    a.text = "물 2L";
    CHECK(a.tracked());
    a.target = Target{TargetKind::None, 0};
    CHECK_FALSE(a.tracked());
}

TEST_CASE("a half-written plan: figures over its written actions only") {
    const Plan plan = half_written();
    const PlanStats stats = plan_stats(plan, kWednesdayW10);
    CHECK(stats.weeks_counted == 10);
    // 1.1: 9 of 10 weeks → 0.9. 1.2: 5×3 + 5×1 = 20 of 30 → 2/3. 3.1: not done → 0.
    CHECK(*stats.action(1, 1).completion == Approx(0.9));
    CHECK(*stats.action(1, 2).completion == Approx(2.0 / 3.0));
    CHECK(*stats.action(3, 1).completion == 0.0);
    CHECK(*stats.goal(1).completion == Approx((0.9 + 2.0 / 3.0) / 2));  // 0.7833
    CHECK(*stats.goal(3).completion == 0.0);
    CHECK(*stats.overall == Approx((0.9 + 2.0 / 3.0) / 4));  // (0.7833 + 0) / 2 = 0.3917
    for (const int n : {2, 4, 5, 6, 7, 8}) CHECK_FALSE(stats.goal(n).completion.has_value());
    const ActionStats& blank = stats.action(1, 3);
    CHECK_FALSE(blank.tracked);
    CHECK_FALSE(blank.completion.has_value());
    CHECK(blank.expected == 0);
    // W10: 1.1 0/1 and 1.2 1/3 → 1/6; the 61 blank actions are not owed.
    CHECK(*week_completion(plan, 10) == Approx(1.0 / 6.0));
    CHECK(year_numbers(plan, stats).actions_tracked == 3);
}

TEST_CASE("a blank plan shows no numbers at all") {
    const Plan plan = make_blank_plan(2026);
    const PlanStats stats = plan_stats(plan, kWednesdayW10);
    CHECK_FALSE(stats.overall.has_value());
    for (int n = 1; n <= kSubGoals; ++n) {
        CHECK_FALSE(stats.goal(n).completion.has_value());
        for (int m = 1; m <= kActionsPerGoal; ++m) CHECK_FALSE(stats.action(n, m).tracked);
    }
    CHECK_FALSE(week_completion(plan, 10).has_value());
    CHECK(ranked_actions(stats).empty());
    CHECK(heatmap_rows(plan).empty());
}

TEST_CASE("a plan started in W29 owes nothing before it") {
    Plan plan = written_plan(2026);
    plan.start = 29;  // Monday 2026-07-13
    for (int n = 2; n <= kSubGoals; ++n)
        for (int m = 1; m <= kActionsPerGoal; ++m) plan.action(n, m).text.clear();
    // Goal 1: eight written 1/week actions, three ticked in the start week.
    for (int m = 1; m <= 3; ++m) set_count(plan, 29, 1, m, 1);
    const Date wednesday{2026, 7, 15};
    const PlanStats stats = plan_stats(plan, wednesday);
    CHECK(stats.start_week == 29);
    CHECK(stats.last_week == 29);
    CHECK(stats.weeks_counted == 1);
    CHECK(*week_completion(plan, 29) == Approx(3.0 / 8.0));  // was 5 % when W01..W28 were owed
    CHECK(*stats.action(1, 1).completion == 1.0);
    CHECK(*stats.action(1, 4).completion == 0.0);
    CHECK(*stats.overall == Approx(3.0 / 8.0));              // was 0 %
    CHECK_FALSE(week_completion(plan, 28).has_value());      // before the start
    const auto trend = weekly_trend(plan, stats);
    CHECK(trend[27].before_start);
    CHECK_FALSE(trend[27].started);
    CHECK_FALSE(trend[28].before_start);
    CHECK(trend[28].started);
    CHECK(*trend[28].completion == Approx(3.0 / 8.0));
    CHECK(year_numbers(plan, stats).weeks_counted == 1);
    CHECK(check_check_in_week(plan, 28) == "2026-W28 is before the plan began (2026-W29)");
    CHECK(check_check_in_week(plan, 29).empty());
}

TEST_CASE("monthly, yearly and once targets count from the start") {
    Plan plan = written_plan(2026);
    for (auto& goal : plan.sub_goals)
        for (auto& action : goal.actions) action.target = Target{TargetKind::None, 0};
    plan.start = 29;
    plan.action(2, 1).target = Target{TargetKind::PerYear, 12};
    plan.action(2, 2).target = Target{TargetKind::PerMonth, 2};
    plan.action(2, 3).target = Target{TargetKind::Once, 1};
    set_count(plan, 10, 2, 1, 5);  // before the start (a hand-edited file): history only
    set_count(plan, 29, 2, 1, 1);
    set_count(plan, 40, 2, 1, 2);
    set_count(plan, 30, 2, 2, 2);
    set_count(plan, 32, 2, 2, 1);
    set_count(plan, 10, 2, 3, 1);  // done before the start: not this plan's milestone
    // N/year at the year's end: weeks 29..53 are the 25 owed; 1 + 2 = 3 of 12.
    const PlanStats end = plan_stats(plan, Date{2027, 1, 10});
    CHECK(end.weeks_counted == 25);
    CHECK(end.action(2, 1).expected == Approx(12.0));
    CHECK(end.action(2, 1).achieved == 3);
    // As of Wednesday 2026-08-05 (W32): 4 of the 25 weeks → 12 × 4/25 = 1.92 expected.
    const Date w32{2026, 8, 5};
    CHECK(action_stats(plan, 2, 1, w32).expected == Approx(12.0 * 4 / 25));
    // N/month: W29..W31 are July's (Thursdays 16, 23, 30 July), W32 August's (6 August):
    // two months owed → 4 expected; July min(2, 2) + August 1 = 3.
    const ActionStats monthly = action_stats(plan, 2, 2, w32);
    CHECK(monthly.expected == 4);
    CHECK(monthly.achieved == 3);
    // Once: owed from the start, the tick in W10 does not count.
    CHECK(*action_stats(plan, 2, 3, w32).completion == 0.0);
    CHECK(running_total(plan, 40, 2, 1).done == 3);  // the yearly running total starts at W29 too
}

TEST_CASE("ticks on an action whose text was cleared are history, not achievement") {
    Document doc(half_written(), "");
    REQUIRE(doc.apply(SetText{CellAddress::act(1, 1), ""}).empty());
    const Plan& plan = doc.plan();
    CHECK(plan.count(3, 1, 1) == 1);  // kept in the file
    const PlanStats stats = plan_stats(plan, kWednesdayW10);
    CHECK_FALSE(stats.action(1, 1).tracked);
    CHECK(*stats.goal(1).completion == Approx(2.0 / 3.0));  // 1.2 alone
    CHECK(heat_level(plan, 3, 1, 1) == Approx(1.0));        // shown in the heatmap
    CHECK_FALSE(heat_level(plan, 10, 1, 1).has_value());    // nothing recorded that week
    const auto rows = heatmap_rows(plan);
    CHECK(std::find(rows.begin(), rows.end(), CellAddress::act(1, 1)) != rows.end());
    CHECK(std::find(rows.begin(), rows.end(), CellAddress::act(1, 3)) == rows.end());
    // Ticks of tracked actions only: 1.2 has 5×3 + 5×1 = 20.
    CHECK(year_numbers(plan, stats).ticks == 20);
    CHECK(doc.apply(SetCount{10, 1, 1, 1}) == "action 1.1 is not written yet: give it a text before ticking it");
    REQUIRE(doc.undo());
    CHECK(*plan_stats(doc.plan(), kWednesdayW10).action(1, 1).completion == Approx(0.9));
}

TEST_CASE("badges: only between different values, ties share them or get none") {
    using B = Badge;
    CHECK(badges({}, 3).empty());
    CHECK(badges({0.4}, 3) == std::vector<B>{B::None});
    CHECK(badges({0.0, 0.0, 0.0}, 3) == std::vector<B>{B::None, B::None, B::None});  // "0% 최고" no more
    CHECK(badges({1.0, 0.5}, 1) == std::vector<B>{B::Best, B::Worst});
    CHECK(badges({0.5, 0.5, 0.2}, 1) == std::vector<B>{B::None, B::None, B::Worst});  // a tie for best: none
    CHECK(badges({1.0, 1.0, 0.0, 0.0}, 3) == std::vector<B>{B::Best, B::Best, B::Worst, B::Worst});
    CHECK(badges({1.0, 0.5, 0.5, 0.0}, 3) == std::vector<B>{B::Best, B::None, B::None, B::Worst});
    CHECK(badges({0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2}, 3) ==
          std::vector<B>{B::Best, B::Best, B::Best, B::None, B::None, B::Worst, B::Worst, B::Worst});
    const BestWorst bw = best_and_worst({{1, 1, 0.0}, {1, 2, 0.0}}, 5);
    CHECK(bw.best.empty());
    CHECK(bw.worst.empty());
}

TEST_CASE("the start moves back freely, forward only up to the first check-in") {
    Document doc(written_plan(2026), "");
    REQUIRE(doc.apply(SetStart{29}).empty());
    CHECK(doc.apply(SetCount{28, 1, 1, 1}) == "2026-W28 is before the plan began (2026-W29)");
    CHECK(doc.apply(SetWeekNote{28, "x"}) == "2026-W28 is before the plan began (2026-W29)");
    CHECK(doc.apply(SetSkipped{28, true}) == "2026-W28 is before the plan began (2026-W29)");
    REQUIRE(doc.apply(SetStart{20}).empty());
    REQUIRE(doc.apply(SetCount{20, 1, 1, 1}).empty());
    REQUIRE(doc.apply(SetWeekNote{22, "메모"}).empty());
    CHECK(doc.apply(SetStart{25}) ==
          "the plan cannot start in 2026-W25: 2026-W20, 2026-W22 already hold check-ins; it can start at most in 2026-W20");
    CHECK(doc.apply(SetStart{21}) ==
          "the plan cannot start in 2026-W21: 2026-W20 already holds check-ins; it can start at most in 2026-W20");
    CHECK(doc.apply(SetStart{54}) == "week 54 is not in 2026 (weeks 1..53)");
    CHECK(doc.apply(SetStart{1}).empty());
    REQUIRE(doc.undo());
    CHECK(doc.plan().start == 20);
}

TEST_CASE("plan settings: title, year and start as one undoable step; the year is fixed by check-ins") {
    Plan plan = written_plan(2026);
    plan.title = "2026 만다라트";
    Document doc(plan, "");
    REQUIRE(doc.apply(SetPlanSettings{"나의 2027", 2027, 5}).empty());
    CHECK(doc.plan().title == "나의 2027");
    CHECK(doc.plan().year == 2027);
    CHECK(doc.plan().start == 5);
    CHECK(doc.apply(SetPlanSettings{"x", 2025, 53}) == "week 53 is not in 2025 (weeks 1..52)");
    CHECK(doc.apply(SetPlanSettings{std::string(201, 'x'), 2027, 5}) == "text too long: 201 characters, at most 200");
    REQUIRE(doc.undo());
    CHECK(doc.plan() == plan);
    REQUIRE(doc.apply(SetCount{3, 1, 1, 1}).empty());
    CHECK(doc.apply(SetPlanSettings{"2026 만다라트", 2027, 1}) == "the year cannot change once the plan holds check-ins (2026-W03)");
    CHECK(doc.apply(SetPlanSettings{"새 제목", 2026, 3}).empty());  // the same year: title and start still change
    CHECK(doc.apply(SetPlanSettings{"새 제목", 2026, 4}).find("already holds check-ins") != std::string::npos);
}

TEST_CASE("a new plan starts in the week it is made, or W01 before or after its year") {
    CHECK(start_week_for(2026, Date{2026, 7, 15}) == 29);
    CHECK(start_week_for(2026, Date{2025, 11, 1}) == 1);   // planned ahead
    CHECK(start_week_for(2026, Date{2025, 12, 29}) == 1);  // already 2026-W01
    CHECK(start_week_for(2025, Date{2026, 7, 15}) == 1);   // a past year
    CHECK(start_week_for(2027, Date{2026, 12, 30}) == 1);  // 2026-W53
    CHECK(start_week_for(2026, Date{2026, 12, 31}) == 53);
}

TEST_CASE("the week a user coming back should fill first: last week, when nothing was recorded in it") {
    Plan plan = testing::written_plan(2026);
    const Date tuesday{2026, 3, 10};  // 2026-W11
    CHECK(missed_week(plan, tuesday) == 10);
    plan.weeks[10].note = "바빴다";
    CHECK_FALSE(missed_week(plan, tuesday));  // a note is a check-in
    plan.weeks[10] = WeekLog{};
    plan.weeks[10].skipped = true;
    CHECK_FALSE(missed_week(plan, tuesday));  // a skipped week is not missed
    plan.weeks.clear();
    plan.start = 11;
    CHECK_FALSE(missed_week(plan, tuesday));  // before the plan began
    plan.start = 1;
    CHECK_FALSE(missed_week(plan, Date{2026, 1, 1}));  // last week belongs to 2025's ISO year
    CHECK(missed_week(plan, Date{2027, 1, 5}) == 53);  // back in January: 2026-W53
    CHECK_FALSE(missed_week(make_blank_plan(2026), tuesday));  // nothing written, nothing to fill
}
