// The review's figures on small plans computed by hand, and next year's plan.
#include <catch2/catch.hpp>

#include "written_plan.hpp"
#include "core/chart_picture.hpp"
#include "core/example_plan.hpp"
#include "core/next_year.hpp"
#include "core/review.hpp"

using namespace mandalart;
using mandalart::testing::written_plan;

namespace {

// 2025 (52 weeks): three weekly actions in sub-goal 1, everything else `none`.
Plan small_plan() {
    Plan plan = written_plan(2025);
    for (auto& goal : plan.sub_goals)
        for (auto& action : goal.actions) action.target = Target{TargetKind::None, 0};
    plan.action(1, 1).target = Target{TargetKind::PerWeek, 2};
    plan.action(1, 2).target = Target{TargetKind::PerWeek, 1};
    plan.action(1, 3).target = Target{TargetKind::Once, 1};
    for (int w = 1; w <= 4; ++w) plan.weeks[w].counts[plan.action(1, 1).id] = 2;  // 4 of 4 weeks met
    plan.weeks[1].counts[plan.action(1, 2).id] = 1;                                // 1 of 4
    plan.weeks[3].skipped = true;
    plan.weeks[3].note = "휴가";
    plan.weeks[2].note = "잘 지킴";
    return plan;
}

const Date kSundayW4{2025, 1, 26};

}  // namespace

TEST_CASE("actions are ranked best first, and best and worst never overlap") {
    const Plan plan = small_plan();
    const PlanStats stats = plan_stats(plan, kSundayW4);
    // 1.1: weeks 1,2,4 counted (3 skipped) → 6/6 = 100 %; 1.2: 1/3 ≈ 33 %; 1.3: not done → 0 %.
    const auto ranked = ranked_actions(stats);
    REQUIRE(ranked.size() == 3);
    CHECK((ranked[0].sub_goal == 1 && ranked[0].action == 1));
    CHECK(ranked[0].completion == Approx(1.0));
    CHECK(ranked[1].action == 2);
    CHECK(ranked[1].completion == Approx(1.0 / 3));
    CHECK(ranked[2].action == 3);
    const BestWorst bw = best_and_worst(ranked, 5);
    CHECK(bw.best.size() == 1);  // three ranked: one each, the middle one in neither
    CHECK(bw.best[0].action == 1);
    CHECK(bw.worst[0].action == 3);
    CHECK(ranked_sub_goals(stats) == std::vector<int>{1});
}

TEST_CASE("the weekly trend marks skipped and future weeks") {
    const Plan plan = small_plan();
    const auto trend = weekly_trend(plan, plan_stats(plan, kSundayW4));
    REQUIRE(trend.size() == 52);
    CHECK(trend[0].completion == Approx(1.0));   // W01: 2/2 and 1/1
    CHECK(trend[1].completion == Approx(0.5));   // W02: 2/2 and 0/1
    CHECK(trend[2].skipped);
    CHECK_FALSE(trend[2].completion);
    CHECK(trend[3].started);
    CHECK_FALSE(trend[4].started);
    CHECK_FALSE(trend[4].completion);
}

TEST_CASE("heat levels: share of N for weekly actions, any tick for the others, none for mindsets") {
    const Plan plan = small_plan();
    CHECK(heat_level(plan, 1, 1, 1) == Approx(1.0));
    CHECK(heat_level(plan, 2, 1, 2) == Approx(0.0));
    CHECK(heat_level(plan, 1, 1, 3) == Approx(0.0));
    CHECK_FALSE(heat_level(plan, 1, 2, 1).has_value());
}

TEST_CASE("the year in numbers and the week notes") {
    const Plan plan = small_plan();
    const YearNumbers y = year_numbers(plan, plan_stats(plan, kSundayW4));
    CHECK(y.weeks_total == 52);
    CHECK(y.weeks_counted == 4);
    CHECK(y.weeks_checked_in == 4);  // W03 has a note
    CHECK(y.weeks_skipped == 1);
    CHECK(y.ticks == 9);             // 4 × 2 + 1
    CHECK(y.actions_tracked == 3);
    CHECK(y.actions_complete == 1);
    CHECK(y.best_streak == 3);       // 1.1: W01, W02, (W03 skipped), W04
    CHECK((y.best_streak_goal == 1 && y.best_streak_action == 1));
    const auto notes = week_notes(plan);
    REQUIRE(notes.size() == 2);
    CHECK((notes[0].week == 2 && notes[0].text == "잘 지킴" && !notes[0].skipped));
    CHECK((notes[1].week == 3 && notes[1].skipped));
}

TEST_CASE("last year beside this year: by id, then by position when the text is the same") {
    const Plan last = small_plan();
    const PlanStats last_stats = plan_stats(last, Date{2026, 6, 1});
    Plan now = next_year_plan(last, last_stats, Carry::All);
    now.action(1, 2).id = "renamed";  // same text at the same place
    now.action(1, 3).id = "other";
    now.action(1, 3).text = "new action";
    const Comparison c{&last, &last_stats};
    CHECK(c.overall() == last_stats.overall);
    CHECK(c.goal(1) == last_stats.goal(1).completion);
    CHECK(c.action(now, 1, 1) == last_stats.action(1, 1).completion);
    CHECK(c.action(now, 1, 2) == last_stats.action(1, 2).completion);
    CHECK_FALSE(c.action(now, 1, 3).has_value());
    CHECK_FALSE(Comparison{}.overall().has_value());
    CHECK(points_difference(0.62, 0.55) == "+7%p");
    CHECK(points_difference(0.50, 0.55) == "-5%p");
    CHECK(points_difference(0.5, 0.5) == "±0%p");
    CHECK(points_difference(std::nullopt, 0.5).empty());
}

TEST_CASE("next year's plan keeps goals, targets and ids, drops check-ins and reflections") {
    Plan plan = make_example_plan(2026);
    simulate_check_ins(plan, 53);
    plan.reflection = "좋은 해";
    plan.goal(2).reflection = "꾸준했다";
    const PlanStats stats = plan_stats(plan, Date{2027, 1, 10});
    const Plan all = next_year_plan(plan, stats, Carry::All);
    CHECK(all.year == 2027);
    CHECK(all.title == "2027 나의 만다라트");
    CHECK(all.weeks.empty());
    CHECK(all.reflection.empty());
    CHECK(all.goal(2).reflection.empty());
    CHECK(all.goal(2).text == plan.goal(2).text);
    CHECK(all.action(3, 4).target == plan.action(3, 4).target);
    CHECK(all.action(3, 4).id == plan.action(3, 4).id);

    const Plan unfinished = next_year_plan(plan, stats, Carry::Unfinished);
    int emptied = 0;
    for (int n = 1; n <= kSubGoals; ++n)
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            const auto& c = stats.action(n, m).completion;
            if (c && *c >= 1.0) {
                CHECK(unfinished.action(n, m).text.empty());
                ++emptied;
            } else {
                CHECK(unfinished.action(n, m).text == plan.action(n, m).text);
            }
        }
    CHECK(emptied > 0);
}

TEST_CASE("cell text is fitted: wrapped at words, balanced, cut with an ellipsis when it cannot fit") {
    const PictureText t = fit_text("한 달에 두 권", 40, 40, 8, 4);  // 10 columns at 8
    REQUIRE(t.lines.size() == 2);
    CHECK(t.lines[0] == "한 달에");
    CHECK(t.lines[1] == "두 권");
    const PictureText tiny = fit_text(std::string(300, 'a'), 20, 10, 8, 6);
    CHECK(tiny.size == Approx(6));
    CHECK(tiny.lines.back().find("…") != std::string::npos);
    const ChartPicture pic = make_chart_picture(make_example_plan(2026), nullptr, 1000);
    CHECK(pic.cells.size() == 81);
    CHECK(pic.cells[40].text.lines[0] == "성장하는");  // the core, wrapped
    CHECK_FALSE(pic.cells[0].progress.has_value());
}

TEST_CASE("next year's plan never reopens a milestone done this year; empty keeps the core; colours as chosen") {
    Plan plan = make_example_plan(2026);
    plan.weeks.clear();
    // 1.5 건강검진 받기 (once) done in W10; 1.6 하프 마라톤 완주 (once) not done.
    REQUIRE(plan.action(1, 5).target.kind == TargetKind::Once);
    REQUIRE(plan.action(1, 6).target.kind == TargetKind::Once);
    plan.weeks[10].counts[plan.action(1, 5).id] = 1;
    plan.goal(2).colour = Colour{1, 2, 3};
    const PlanStats stats = plan_stats(plan, Date{2026, 12, 20});
    for (const Carry carry : {Carry::All, Carry::Unfinished}) {
        const Plan next = next_year_plan(plan, stats, carry);
        INFO(static_cast<int>(carry));
        CHECK(next.action(1, 5).text.empty());  // reached: not to do again
        CHECK(next.action(1, 6).text == "하프 마라톤 완주");
        CHECK(next.action(1, 6).target.kind == TargetKind::Once);
        CHECK(next.goal(2).colour == Colour{1, 2, 3});
    }
    CHECK(next_year_plan(plan, stats, Carry::All).action(1, 1).text == plan.action(1, 1).text);
    const Plan empty = next_year_plan(plan, stats, Carry::Empty, false);
    CHECK(empty.core == plan.core);
    CHECK(empty.goal(2).text.empty());
    CHECK(empty.action(1, 1).text.empty());
    CHECK(empty.action(1, 1).id == plan.action(1, 1).id);
    CHECK(empty.goal(2).colour == make_blank_plan(2027).goal(2).colour);
}
