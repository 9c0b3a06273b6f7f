// Fair numbers in the editor, headless: the check-in lists written actions only, weeks before the
// plan's start owe nothing, badges never break ties, and the plan settings are an undoable edit.
#include "app_fixture.hpp"
#include "core/example_plan.hpp"
#include "core/labels.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

// 2026, today Wednesday W10: sub-goal 1 with three written actions (1.1 3/week, 1.2 1/week,
// 1.4 once), sub-goal 5 with one (5.8 1/week); the 60 others blank.
Plan half_written() {
    Plan plan = make_blank_plan(2026);
    plan.title = "반쯤 쓴 계획";
    plan.core = "건강";
    plan.goal(1).text = "몸";
    plan.goal(5).text = "공부";
    plan.action(1, 1).text = "운동";
    plan.action(1, 1).target = Target{TargetKind::PerWeek, 3};
    plan.action(1, 2).text = "물 2L";
    plan.action(1, 4).text = "건강검진";
    plan.action(1, 4).target = Target{TargetKind::Once, 1};
    plan.action(5, 8).text = "책 읽기";
    return plan;
}

int row(int n, int m) { return (n - 1) * kActionsPerGoal + (m - 1); }

}  // namespace

TEST_CASE("the check-in lists written actions only, and moves between them") {
    AppFixture f(half_written());
    f.ui->key(Key::Num2, true);
    f.ui->key(Key::Home);  // this week: last week, unrecorded, is offered first
    f.ui->frames(2);
    CHECK(f.app->check_in().rows() == std::vector<int>{row(1, 1), row(1, 2), row(1, 4), row(5, 8)});
    CHECK(f.app->check_in().selected() == row(1, 1));
    f.ui->key(Key::Down);
    f.ui->key(Key::Down);  // past the blank 1.3
    CHECK(f.app->check_in().selected() == row(1, 4));
    f.ui->key(Key::Down);  // across four blank sub-goals
    CHECK(f.app->check_in().selected() == row(5, 8));
    f.ui->key(Key::Space);
    CHECK(f.plan().count(10, 5, 8) == 1);
    const PlanStats& stats = f.app->stats();
    CHECK(*stats.goal(5).completion == Approx(0.1));  // 1 of 10 weeks
    CHECK_FALSE(stats.action(5, 7).completion.has_value());
}

TEST_CASE("a blank plan: no check-in rows, no numbers on the chart") {
    AppFixture f;  // no file: the editor makes a new plan
    f.ui->frames(2);
    CHECK_FALSE(f.app->stats().overall.has_value());
    for (int n = 1; n <= kSubGoals; ++n) CHECK_FALSE(f.app->stats().goal(n).completion.has_value());
    f.ui->key(Key::Num2, true);
    f.ui->frames(2);
    CHECK(f.app->check_in().rows().empty());
    f.ui->key(Key::Space);
    f.ui->key(Key::Equal);
    CHECK(f.plan().weeks.empty());
}

TEST_CASE("a new plan in the editor starts this week and is titled in the UI's language") {
    AppFixture f;
    CHECK(f.plan().start == 10);
    CHECK(f.plan().title == "2026 만다라트");
    CHECK(f.app->window_title().rfind("2026 만다라트 — ", 0) == 0);
}

TEST_CASE("weeks before the start owe nothing and take no check-ins") {
    Plan plan = half_written();
    plan.start = 9;
    AppFixture f(plan);
    f.ui->key(Key::Num2, true);
    f.ui->key(Key::Home);  // this week: last week, unrecorded, is offered first
    f.ui->key(Key::Left);
    f.ui->key(Key::Left);
    REQUIRE(f.app->check_in().week() == 8);
    f.ui->key(Key::Space);
    f.ui->key(Key::Equal);
    f.ui->key(Key::S);
    f.ui->frames(2);
    CHECK(f.plan().weeks.empty());
    CHECK_FALSE(f.app->check_in().editing_note());
    f.ui->key(Key::Right);  // W09, the start: ticks again
    f.ui->key(Key::Space);
    CHECK(f.plan().count(9, 1, 1) == 1);
    CHECK(f.app->stats().weeks_counted == 2);  // W09 and W10
}

TEST_CASE("review badges: none on a tie, shared by equal values") {
    Plan plan = half_written();
    {  // Sub-goals 1 and 5 both at 0 % (nothing done): equal, so neither is best or worst.
        AppFixture f(plan);
        f.ui->key(Key::Num3, true);
        f.ui->frames(2);
        CHECK(f.app->review().goal_badge(1) == Badge::None);
        CHECK(f.app->review().goal_badge(5) == Badge::None);
        CHECK(f.app->review().action_badge(1, 1) == Badge::None);
    }  // one editor at a time: each has its own ImGui context
    // 5.8 every week, 1.2 every week: 100 % each; 1.1 and 1.4 0 %. Sub-goal 5 100 %, 1 50 %.
    for (int w = 1; w <= 10; ++w) {
        plan.weeks[w].counts["a5.8"] = 1;
        plan.weeks[w].counts["a1.2"] = 1;
    }
    AppFixture g(plan);
    g.ui->key(Key::Num3, true);
    g.ui->frames(2);
    CHECK(g.app->review().goal_badge(5) == Badge::Best);
    CHECK(g.app->review().goal_badge(1) == Badge::Worst);
    CHECK(g.app->review().action_badge(5, 8) == Badge::Best);  // a tie of two at the top: shared
    CHECK(g.app->review().action_badge(1, 2) == Badge::Best);
    CHECK(g.app->review().action_badge(1, 1) == Badge::Worst);
    CHECK(g.app->review().action_badge(1, 4) == Badge::Worst);
    CHECK(g.app->review().action_badge(1, 3) == Badge::None);  // blank
}

TEST_CASE("plan settings: the title, start and year are one undoable edit") {
    AppFixture f(half_written());
    f.app->run_command_for_test(ui::cmd::ShowPlanSettings{});
    f.ui->frames(3);
    REQUIRE(f.app->plan_settings_open());
    f.ui->type("우리 팀 2026");  // the title field has the focus, its text selected
    f.ui->key(Key::Enter);
    f.ui->frames(2);
    CHECK_FALSE(f.app->plan_settings_open());
    CHECK(f.plan().title == "우리 팀 2026");
    CHECK(f.app->window_title().find("우리 팀 2026") != std::string::npos);
    f.ui->key(Key::Z, true);
    CHECK(f.plan().title == "반쯤 쓴 계획");
    f.ui->key(Key::Z, true, true);
    CHECK(f.plan().title == "우리 팀 2026");
    // Esc closes without a change.
    f.app->run_command_for_test(ui::cmd::ShowPlanSettings{});
    f.ui->frames(3);
    f.ui->type("버릴 제목");
    f.ui->key(Key::Escape);
    f.ui->frames(2);
    CHECK_FALSE(f.app->plan_settings_open());
    CHECK(f.plan().title == "우리 팀 2026");
}
