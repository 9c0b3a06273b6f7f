// The editor's side of a year of real use (issue 28), headless through the real App: the focus
// view's keyboard path to the targets, the colour and an action's start; the check-in showing a
// coming week and an action written late as not tickable.
#include <catch2/catch.hpp>

#include "support/test_environment.hpp"

#include "app_fixture.hpp"
#include "core/example_plan.hpp"
#include "ui/cell_tooltip.hpp"
#include "ui/hit_targets.hpp"
#include "storage/app_paths.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace mandalart;
using namespace mandalart::testing;
using Field = ui::FocusView::Field;

namespace {

// HOME, XDG_CONFIG_HOME and XDG_DATA_HOME under `home` for one test.
struct ScopedHome {
    explicit ScopedHome(const std::string& home) {
        for (const char* name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"}) {
            const char* value = std::getenv(name);
            saved.emplace_back(name, value ? std::optional<std::string>(value) : std::nullopt);
        }
        mandalart::test::set_environment("HOME", home.c_str());
        mandalart::test::set_environment("XDG_CONFIG_HOME", (home + "/config").c_str());
        mandalart::test::set_environment("XDG_DATA_HOME", (home + "/data").c_str());
    }
    ~ScopedHome() {
        for (const auto& [name, value] : saved)
            if (value) mandalart::test::set_environment(name, value->c_str());
            else mandalart::test::unset_environment(name);
    }
    std::vector<std::pair<const char*, std::optional<std::string>>> saved;
};

// The example plan; the fixture's today is Wednesday 2026-03-04 (W10). 1.1 is "3/week".
struct Focus : AppFixture {
    Focus() : AppFixture(make_example_plan(2026)) {
        app->show_focus(1);
        ui->frames(2);
    }
    const ui::FocusView& view() const { return app->focus(); }
};

}  // namespace

TEST_CASE("in the focus view Tab reaches the colour, the target and the start, and arrows change them") {
    Focus f;
    REQUIRE(f.view().selection() == 0);
    f.ui->key(Key::Tab);  // the cells first, as ever: the centre → 1.1
    CHECK(f.view().selection() == 1);
    CHECK(f.view().field() == Field::Cell);
    for (int i = 0; i < 8; ++i) f.ui->key(Key::Tab);  // past the last cell: the panel, from its top
    CHECK(f.view().field() == Field::Colour);
    const Colour before = f.plan().goal(1).colour;
    f.ui->key(Key::Right);
    CHECK(f.plan().goal(1).colour != before);
    f.ui->key(Key::Left);
    CHECK(f.plan().goal(1).colour == before);
    f.ui->key(Key::Tab);  // action 1.1's target kind: 3/week → 3/month
    CHECK(f.view().selection() == 1);
    CHECK(f.view().field() == Field::Kind);
    REQUIRE(f.plan().action(1, 1).target == Target{TargetKind::PerWeek, 3});
    f.ui->key(Key::Right);
    CHECK(f.plan().action(1, 1).target == Target{TargetKind::PerMonth, 3});
    f.ui->key(Key::Left);
    f.ui->key(Key::Tab);  // its times
    CHECK(f.view().field() == Field::Times);
    f.ui->key(Key::Up);
    CHECK(f.plan().action(1, 1).target == Target{TargetKind::PerWeek, 4});
    f.ui->key(Key::Tab);  // its start: the plan's, W01; it can move up to this week's W10, not before W01
    CHECK(f.view().field() == Field::Start);
    CHECK(f.plan().start_of(1, 1) == 1);
    f.ui->key(Key::Left);
    CHECK(f.plan().start_of(1, 1) == 1);
    f.ui->key(Key::Right);
    CHECK(f.plan().start_of(1, 1) == 2);
    // Shift+Tab goes back; Esc returns to the cell without leaving the view; typing does not leak.
    f.ui->key(Key::Tab, false, true);
    CHECK(f.view().field() == Field::Times);
    f.ui->type("x");
    f.ui->key(Key::Escape);
    CHECK(f.view().field() == Field::Cell);
    CHECK(f.app->in_focus_view());
    CHECK(f.plan().action(1, 1).text == make_example_plan(2026).action(1, 1).text);
    // Each change was one undo step.
    f.ui->key(Key::Z, true);
    CHECK(f.plan().start_of(1, 1) == 1);
    CHECK(f.plan().action(1, 1).target == Target{TargetKind::PerWeek, 4});
    f.ui->key(Key::Z, true);
    CHECK(f.plan().action(1, 1).target == Target{TargetKind::PerWeek, 3});
}

TEST_CASE("an action written late shows its start in the focus view and moves by keyboard") {
    Plan plan = make_example_plan(2026);
    plan.action(2, 1).text.clear();
    plan.weeks.clear();
    AppFixture f(plan);
    f.app->show_focus(2);
    f.ui->frames(2);
    f.ui->key(Key::Tab);  // the centre → 2.1
    REQUIRE(f.app->focus().selection() == 1);
    f.ui->type("새로 쓴 실천");
    f.ui->key(Key::Enter);
    REQUIRE(f.plan().action(2, 1).text == "새로 쓴 실천");
    CHECK(f.plan().action(2, 1).start == 10);  // written in W10, after the plan's start W01
    while (f.app->focus().field() != Field::Start) f.ui->key(Key::Tab);
    f.ui->key(Key::Left);
    CHECK(f.plan().start_of(2, 1) == 9);
    f.ui->key(Key::Right);
    f.ui->key(Key::Right);  // W11 has not begun
    CHECK(f.plan().start_of(2, 1) == 10);
}

TEST_CASE("the check-in shows a coming week with nothing to tick, and a late action only from its start") {
    Plan plan = make_example_plan(2026);
    plan.weeks.clear();
    plan.weeks[9].note = "지난주";
    plan.action(1, 1).start = 10;  // written in W10
    AppFixture f(plan);
    f.ui->key(Key::Num2, true);
    REQUIRE(f.app->check_in().week() == 10);
    f.ui->key(Key::Space);  // 1.1 this week: ticks
    CHECK(f.plan().count(10, 1, 1) == 1);
    f.ui->key(Key::Left);  // W09: 1.1 had not started
    f.ui->key(Key::Space);
    CHECK(f.plan().count(9, 1, 1) == 0);
    f.ui->key(Key::Down);  // 1.2 counts from W01: ticks in W09
    f.ui->key(Key::Space);
    CHECK(f.plan().count(9, 1, 2) == 1);
    f.ui->key(Key::Right);
    f.ui->key(Key::Right);  // W11 has not begun
    REQUIRE(f.app->check_in().week() == 11);
    f.ui->key(Key::Space);
    f.ui->key(Key::Equal);
    CHECK(f.plan().week_log(11) == nullptr);
    // A coming week can still be marked skipped (a holiday planned ahead).
    f.ui->key(Key::S);
    REQUIRE(f.plan().week_log(11) != nullptr);
    CHECK(f.plan().week_log(11)->skipped);
}

TEST_CASE("an action's tooltip says its target, this week and the year so far") {
    Plan plan = make_example_plan(2026);  // 1.1 "3/week"
    plan.weeks.clear();
    plan.weeks[10].counts["a1.1"] = 1;
    plan.weeks[9].counts["a1.1"] = 3;
    const PlanStats stats = plan_stats(plan, kFixtureToday);
    // W01..W10 counted: 3 + 1 of 30 → 13 %.
    CHECK(ui::action_tooltip(plan, stats, kFixtureToday, 1, 1, Language::Korean) ==
          "목표: 주 3회\n이번 주: 1/3\n올해 지금까지: 13% (4 / 30)\n연속 1주 (최장 1주)");
    CHECK(ui::action_tooltip(plan, stats, kFixtureToday, 1, 1, Language::English) ==
          "Target: 3/week\nThis week: 1/3\nThis year so far: 13% (4 / 30)\nstreak 1 week (longest 1)");
    plan.action(1, 2).start = 10;  // written this week
    const PlanStats late = plan_stats(plan, kFixtureToday);
    CHECK(ui::action_tooltip(plan, late, kFixtureToday, 1, 2, Language::Korean) ==
          "목표: 주 7회\n이번 주: 0/7\n올해 지금까지: 0% (0 / 7)\n시작 주 2026-W10");
    plan.action(1, 3).text.clear();
    CHECK(ui::action_tooltip(plan, late, kFixtureToday, 1, 3, Language::Korean).empty());
}

TEST_CASE("View → Show Targets in Cells is a switch the settings keep") {
    AppFixture f(make_example_plan(2026));
    CHECK_FALSE(f.app->settings().show_targets);
    f.ui->key(Key::T, true, true);
    CHECK(f.app->settings().show_targets);
    f.ui->frames(2);  // the chart draws with the targets
    f.ui->key(Key::T, true, true);
    CHECK_FALSE(f.app->settings().show_targets);
}

TEST_CASE("a message that tells what happened leaves after a few seconds; an error stays until dismissed") {
    AppFixture f(make_example_plan(2026));
    f.app->run_command_for_test(ui::cmd::ExportCalendar{f.dir.file("week.ics"), false});
    f.ui->frame();
    REQUIRE(f.app->notice().find("week.ics") != std::string::npos);
    f.ui->wait(ui::kNoticeSeconds - 1.0);
    CHECK_FALSE(f.app->notice().empty());
    f.ui->wait(1.5);
    f.ui->frame();
    CHECK(f.app->notice().empty());
    // An error line stays, until its × is clicked.
    f.app->run_command_for_test(ui::cmd::ExportCalendar{f.dir.file("no-such-folder/week.ics"), false});
    f.ui->frame();
    const std::string error = f.app->notice();
    REQUIRE_FALSE(error.empty());
    f.ui->wait(60.0);
    CHECK(f.app->notice() == error);
    REQUIRE(f.ui->click_target("notice-dismiss"));
    CHECK(f.app->notice().empty());
}

TEST_CASE("the status bar sits below the chart: no message covers a cell") {
    AppFixture f(make_example_plan(2026));
    f.app->run_command_for_test(ui::cmd::ExportCalendar{f.dir.file("week.ics"), false});
    f.ui->frames(2);
    const ImRect bar = f.app->status_bar();
    const ui::ChartGeometry& g = f.app->chart().geometry();
    const float chart_bottom = g.cell_max(GridPos{8, 8}).y;
    CHECK(bar.GetHeight() > 0.0f);
    CHECK(chart_bottom <= bar.Min.y);
}

TEST_CASE("Esc closes an open menu, and only the menu") {
    AppFixture f(make_example_plan(2026));
    f.app->show_focus(1);
    f.ui->frames(2);
    f.ui->click(ImVec2(25, 10));  // the File menu
    REQUIRE(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId));
    f.ui->key(Key::Escape);
    CHECK_FALSE(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId));
    CHECK(f.app->in_focus_view());  // the Esc was the menu's, not the view's
}

TEST_CASE("file dialogs open where a file was last chosen, else the plan's folder, never the hidden data folder") {
    AppFixture f(make_example_plan(2026));
    f.app->run_command_for_test(ui::cmd::AskExportImage{});
    f.ui->frames(3);
    REQUIRE(f.app->dialog().visible());
    CHECK(f.app->dialog().folder() == absolute_path(f.dir.path().string()));  // the plan's folder
    // A file chosen in another folder: the next dialog opens there, and the settings keep it.
    std::filesystem::create_directories(f.dir.file("exports"));
    f.ui->key(Key::A, true);  // the proposed name, replaced
    f.ui->type("exports/chart.png");
    f.ui->key(Key::Enter);
    f.ui->frames(3);
    REQUIRE(std::filesystem::exists(f.dir.file("exports/chart.png")));
    CHECK(f.app->settings().last_folder == f.dir.file("exports"));
    f.app->run_command_for_test(ui::cmd::Open{});
    f.ui->frames(2);
    CHECK(f.app->dialog().folder() == f.dir.file("exports"));
    f.ui->key(Key::Escape);
}

TEST_CASE("a plan in the hidden data folder: file dialogs open in the documents folder", "[linux]") {
    TempFolder home;
    ScopedHome scoped(home.path().string());
    std::filesystem::create_directories(home.file("data/mandalart"));
    std::filesystem::create_directories(home.file("문서"));
    std::filesystem::create_directories(home.file("config"));
    std::ofstream(home.file("config/user-dirs.dirs")) << "XDG_DESKTOP_DIR=\"$HOME/바탕화면\"\nXDG_DOCUMENTS_DIR=\"$HOME/문서\"\n";
    const std::string plan = home.file("data/mandalart/2026.mandalart.json");
    REQUIRE(save_plan_file(plan, make_example_plan(2026), real_file_system()).empty());
    ui::AppOptions options{plan, "", "", [] { return kFixtureToday; }, Language::Korean, false, "", &real_file_system(), std::nullopt, std::nullopt};
    ui::App app(options);
    REQUIRE(app.start().empty());
    UiHarness ui(app);
    app.run_command_for_test(ui::cmd::Open{});
    ui.frames(2);
    CHECK(app.dialog().folder() == home.file("문서"));
}

TEST_CASE("the PDF export asks whether to print the progress: without it before the first check-in", "[pdf]") {
    Plan plan = make_example_plan(2026);
    plan.weeks.clear();
    AppFixture f(plan);
    f.app->run_command_for_test(ui::cmd::AskExportPdf{});
    f.ui->frames(3);
    REQUIRE(f.app->dialog().visible());
    CHECK_FALSE(f.app->dialog().print_progress());  // nothing checked in yet: no empty bars and "0%"
    REQUIRE(ui::target_centre("pdf-progress"));
    f.ui->key(Key::Enter);  // the proposed name
    f.ui->frames(3);
    const std::string bare = read_all(f.dir.file("plan.pdf"));
    REQUIRE(bare.rfind("%PDF", 0) == 0);
    // Once a week is checked in, the progress is printed unless unticked.
    REQUIRE(f.app->document().can_undo() == false);
    f.ui->key(Key::Num2, true);
    f.ui->key(Key::Space);
    f.app->run_command_for_test(ui::cmd::AskExportPdf{});
    f.ui->frames(3);
    CHECK(f.app->dialog().print_progress());
    REQUIRE(f.ui->click_target("pdf-progress"));
    CHECK_FALSE(f.app->dialog().print_progress());
    REQUIRE(f.ui->click_target("pdf-progress"));
    std::filesystem::remove(f.dir.file("plan.pdf"));
    REQUIRE(f.ui->click_target("dialog-ok"));
    f.ui->frames(3);
    const std::string shaded = read_all(f.dir.file("plan.pdf"));
    REQUIRE(shaded.rfind("%PDF", 0) == 0);
    CHECK(shaded.size() != bare.size());
}

TEST_CASE("with targets shown, every written action keeps its text at every window size") {
    AppFixture f(make_example_plan(2026));
    f.ui->key(Key::T, true, true);
    REQUIRE(f.app->settings().show_targets);
    for (const ImVec2 size : {ImVec2(640, 480), ImVec2(1280, 800), ImVec2(1920, 1080)}) {
        INFO(size.x << "x" << size.y);
        ImGui::GetIO().DisplaySize = size;
        f.ui->frames(3);
        for (int n = 1; n <= kSubGoals; ++n)
            for (int m = 1; m <= kActionsPerGoal; ++m)
                if (f.plan().action(n, m).tracked()) {
                    const ui::FittedText& fit = f.app->chart().painter().last_layout(CellAddress::act(n, m));
                    INFO(n << "." << m << " fits " << fit.fits << " lines " << fit.lines.size());
                    REQUIRE_FALSE(fit.lines.empty());
                    CHECK(fit.lines.front().second > fit.lines.front().first);
                    // At least one line of legible text fits in what the target leaves of the cell.
                    CHECK(fit.line_height <= f.app->chart().painter().last_box(CellAddress::act(n, m)).y + 0.5f);
                }
    }
}

TEST_CASE("an edit the plan refuses is said in the editor's language") {
    AppFixture f(make_example_plan(2026));
    f.ui->key(Key::Enter);  // the core goal, open for editing
    f.ui->key(Key::A, true);
    f.ui->type(std::string(201, 'x'));
    f.ui->key(Key::Enter);
    CHECK(f.app->notice() == "글이 너무 깁니다: 201자 (최대 200자)");
    CHECK(f.plan().core == make_example_plan(2026).core);
}
