// The year's edges in the editor (issue 27): changing a plan's year in its settings moves the
// start and the title with it; a new plan proposes its year's name and never takes a file that is
// there without asking.
#include <catch2/catch.hpp>

#include "app_fixture.hpp"
#include "core/example_plan.hpp"
#include "storage/app_paths.hpp"
#include "ui/keys.hpp"
#include "ui/ui_state.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

constexpr Date kDecember{2026, 12, 6};  // 2026-W49

// A plan made this week for this year, as a December first start used to make it.
Plan made_in_december() {
    Plan plan = make_blank_plan(2026);
    plan.start = 49;
    plan.title = "2026 만다라트";
    return plan;
}

void step_year_up(AppFixture& f) {
    f.app->run_command_for_test(ui::cmd::ShowPlanSettings{});
    f.ui->frames(3);
    REQUIRE(f.app->plan_settings_open());
    REQUIRE(f.ui->click_target("plan-year-up"));
    f.ui->frames(2);
}

}  // namespace

TEST_CASE("plan settings, year up in December: next year from its week 1, the title naming it") {
    AppFixture f(made_in_december(), kDecember);
    step_year_up(f);
    REQUIRE(f.ui->click_target("plan-apply"));
    f.ui->frames(2);
    CHECK_FALSE(f.app->plan_settings_open());
    CHECK(f.plan().year == 2027);
    CHECK(f.plan().start == 1);
    CHECK(f.plan().title == "2027 만다라트");
    f.ui->key(ui::Key::Z, true);  // one undo step
    CHECK(f.plan().year == 2026);
    CHECK(f.plan().start == 49);
    CHECK(f.plan().title == "2026 만다라트");
}

TEST_CASE("plan settings, year up: a title of the user's own stays, a 53rd week is clamped to 52") {
    Plan plan = make_blank_plan(2026);
    plan.start = 53;
    plan.title = "우리 팀의 목표";
    AppFixture f(plan, kDecember);
    step_year_up(f);
    REQUIRE(f.ui->click_target("plan-apply"));
    f.ui->frames(2);
    CHECK(f.plan().year == 2027);
    CHECK(f.plan().start == 52);
    CHECK(f.plan().title == "우리 팀의 목표");
}

TEST_CASE("a new plan in December proposes next year's name; a name that is taken is asked about, not used") {
    AppFixture f(make_example_plan(2026), kDecember);
    const std::string taken = f.dir.file("2027.mandalart.json");
    REQUIRE(save_plan_file(taken, make_example_plan(2027), real_file_system()).empty());
    const std::string before = read_all(taken);
    f.app->run_command_for_test(ui::cmd::New{});
    f.ui->frames(3);
    f.ui->key(ui::Key::Enter);  // the proposed name: 2027.mandalart.json, which is there
    f.ui->frames(2);
    CHECK(f.app->dialog().visible());  // asked, not closed
    CHECK(read_all(taken) == before);
    CHECK(f.app->document().path() == f.path);
    REQUIRE(f.ui->click_target("new-open-taken"));
    f.ui->frames(3);
    CHECK_FALSE(f.app->dialog().visible());
    CHECK(f.app->document().path() == taken);
    CHECK(read_all(taken) == before);
}

TEST_CASE("a new plan in December, its proposed name free: next year's plan from week 1") {
    AppFixture f(make_example_plan(2026), kDecember);
    f.app->run_command_for_test(ui::cmd::New{});
    f.ui->frames(3);
    f.ui->key(ui::Key::Enter);
    f.ui->frames(3);
    CHECK_FALSE(f.app->dialog().visible());
    CHECK(f.app->document().path() == f.dir.file("2027.mandalart.json"));
    CHECK(f.plan().year == 2027);
    CHECK(f.plan().start == 1);
    CHECK(f.plan().title == "2027 만다라트");
}

namespace {

// The example with 1.5 (a milestone, once) reached, in December.
Plan with_milestone_reached() {
    Plan plan = make_example_plan(2026);
    plan.weeks.clear();
    plan.weeks[10].counts[plan.action(1, 5).id] = 1;
    return plan;
}

bool asks_next_year(const AppFixture& f) {
    return (" " + ui::describe_ui_state(*f.app) + " ").find(" modal=next-year ") != std::string::npos;
}

}  // namespace

TEST_CASE("next year's plan asks what to carry; Enter carries what is unfinished, never a milestone reached") {
    AppFixture f(with_milestone_reached(), kDecember);
    f.app->run_command_for_test(ui::cmd::NextYearPlan{});
    f.ui->frames(3);
    REQUIRE(asks_next_year(f));
    const std::string next = f.dir.file("2027.mandalart.json");
    CHECK_FALSE(file_exists(next));
    f.ui->key(ui::Key::Enter);
    f.ui->frames(3);
    REQUIRE(file_exists(next));
    CHECK(f.app->document().path() == next);
    CHECK(f.plan().year == 2027);
    CHECK(f.plan().start == 1);
    CHECK(f.plan().action(1, 5).text.empty());              // 건강검진 받기: reached, not reopened
    CHECK(f.plan().action(1, 6).text == "하프 마라톤 완주");  // not reached: carried

    f.app->run_command_for_test(ui::cmd::NextYearPlan{});  // from 2027: 2028 is not made yet, asked again
    f.ui->frames(3);
    CHECK(asks_next_year(f));
}

TEST_CASE("next year's plan: an empty chart with the same core goal, and the default colours") {
    AppFixture f(with_milestone_reached(), kDecember);
    const Plan before = f.plan();
    f.app->run_command_for_test(ui::cmd::NextYearPlan{});
    f.ui->frames(3);
    REQUIRE(f.ui->click_target("next-year-empty"));
    REQUIRE(f.ui->click_target("next-year-colours"));  // keep the colours: off
    CHECK(f.app->settings().last_reflections);
    REQUIRE(f.ui->click_target("next-year-reflections"));  // last year's reflections beside: off
    REQUIRE(f.ui->click_target("next-year-start"));
    f.ui->frames(3);
    CHECK(f.plan().year == 2027);
    CHECK(f.plan().core == before.core);
    CHECK(f.plan().goal(1).text.empty());
    CHECK(f.plan().goal(1).colour == make_blank_plan(2027).goal(1).colour);
    CHECK_FALSE(f.app->settings().last_reflections);
}

TEST_CASE("next year's review, before the year begins, says what it will show instead of empty headings") {
    {
        AppFixture f(make_blank_plan(2027), kDecember);
        f.app->run_command_for_test(ui::cmd::ShowReview{});
        f.ui->frames(2);
        CHECK(f.app->review().waiting_for_the_year());
    }
    AppFixture f(make_blank_plan(2027), Date{2027, 1, 6});
    f.app->run_command_for_test(ui::cmd::ShowReview{});
    f.ui->frames(2);
    CHECK_FALSE(f.app->review().waiting_for_the_year());
}
