// The review tab, headless: switching to it, writing reflections by keyboard, exports and next
// year from the GUI, and last year's plan found beside this one.
#include <filesystem>

#include <cstdlib>

#include <nlohmann/json.hpp>

#include "app_fixture.hpp"
#include "storage/app_paths.hpp"
#include "core/layout.hpp"
#include "core/example_plan.hpp"
#include "export/retrospective.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

constexpr Date kDecember{2026, 12, 28};  // 2026-W53

Plan simulated_year() {
    Plan plan = make_example_plan(2026);
    simulate_check_ins(plan, 53);
    return plan;
}

// The chart's 81 texts as `mandalart show --format json` gives them ({"grid": [[row 0], …]}).
std::string grid_json(const Plan& plan) {
    nlohmann::json grid = nlohmann::json::array();
    for (int r = 0; r < kGridSize; ++r) {
        nlohmann::json row = nlohmann::json::array();
        for (int c = 0; c < kGridSize; ++c) row.push_back(plan.text_at(address_at({r, c})));
        grid.push_back(row);
    }
    return nlohmann::json{{"grid", grid}}.dump();
}

struct Review : AppFixture {
    Review() : AppFixture(simulated_year(), kDecember) {
        ui->key(Key::Num3, true);
        ui->frames(2);
    }
};

}  // namespace

TEST_CASE("Ctrl+3 shows the review, Ctrl+1 and Ctrl+2 leave it") {
    Review f;
    CHECK(f.app->tab() == ui::Tab::Review);
    f.ui->key(Key::Num2, true);
    CHECK(f.app->tab() == ui::Tab::CheckIn);
    f.ui->key(Key::Num3, true);
    CHECK(f.app->tab() == ui::Tab::Review);
    f.ui->key(Key::Num1, true);
    CHECK(f.app->tab() == ui::Tab::Chart);
}

TEST_CASE("the review's numbers are the report's: the same stats object") {
    Review f;
    const PlanStats expected = plan_stats(f.plan(), kDecember);
    CHECK(f.app->stats().overall == expected.overall);
    for (int n = 1; n <= kSubGoals; ++n) CHECK(f.app->stats().goal(n).completion == expected.goal(n).completion);
}

TEST_CASE("R writes the year's reflection in Hangul; Esc keeps it; one undoable edit") {
    Review f;
    f.ui->key(Key::R);
    CHECK(f.app->review().editing());
    f.ui->type("꾸준함이 재능을 이긴 해");
    f.ui->key(Key::Escape);
    CHECK_FALSE(f.app->review().editing());
    CHECK(f.plan().reflection == "꾸준함이 재능을 이긴 해");  // not "r…": the R was not typed
    f.ui->key(Key::Z, true);
    CHECK(f.plan().reflection.empty());
}

TEST_CASE("a reflection in the file shows in the review and survives saving") {
    Plan plan = simulated_year();
    plan.goal(4).reflection = "독서는 절반만 지켰다";
    AppFixture f(plan, kDecember);
    f.ui->key(Key::Num3, true);
    f.ui->frames(3);
    CHECK(f.plan().goal(4).reflection == "독서는 절반만 지켰다");
    f.ui->key(Key::R);
    f.ui->type("좋은 해");
    f.ui->key(Key::Escape);
    f.ui->key(Key::S, true);
    const LoadedPlan saved = load_plan_file(f.path);
    REQUIRE(saved.error.empty());
    CHECK(saved.plan.reflection == "좋은 해");
    CHECK(saved.plan.goal(4).reflection == "독서는 절반만 지켰다");
}

TEST_CASE("the GUI exports through a save dialog and never replaces a file without asking", "[pdf]") {
    Review f;
    f.app->run_command_for_test(ui::cmd::AskExportRetrospective{});
    f.ui->frames(2);
    CHECK(f.app->file_dialog_open());  // a save dialog in the plan's folder, "plan-회고.md" proposed
    f.ui->key(Key::Escape);
    CHECK_FALSE(f.app->file_dialog_open());
    const std::string md = f.dir.file("plan-회고.md");
    CHECK_FALSE(file_exists(md));  // cancelled: nothing written

    f.app->run_command_for_test(ui::cmd::ExportRetrospective{md});  // what the dialog's Save hands back
    REQUIRE(file_exists(md));
    CHECK(file_exists(image_path_for(md)));
    CHECK(read_all(md).find("# 2026 나의 만다라트 회고") == 0);

    write_all(image_path_for(md), "an image the user made");  // the companion image already there
    f.app->run_command_for_test(ui::cmd::ExportRetrospective{md});
    f.ui->frames(2);
    CHECK(read_all(image_path_for(md)) == "an image the user made");  // asked, not replaced
    f.app->run_command_for_test(ui::cmd::ExportRetrospective{md, true});  // "Replace"
    CHECK(read_all(image_path_for(md)).rfind("\x89PNG", 0) == 0);

    const std::string png = f.dir.file("chart.png");
    f.app->run_command_for_test(ui::cmd::ExportImage{png});
    CHECK(read_all(png).rfind("\x89PNG", 0) == 0);
    CHECK(f.app->notice().find(png) != std::string::npos);

    // The printable chart shows this plan's 81 cells, each in its place, as poppler reads and renders it.
    const std::string pdf = f.dir.file("chart.pdf");
    f.app->run_command_for_test(ui::cmd::ExportPdf{pdf});
    REQUIRE(read_all(pdf).rfind("%PDF-", 0) == 0);
    const std::string grid = f.dir.file("grid.json");
    write_all(grid, grid_json(f.plan()));
    const std::string check = std::string("python3 ") + MANDALART_SOURCE_DIR + "/tests/cli/pdf_chart_check.py '" + pdf + "' '" + grid + "' --progress";  // as on screen
    CHECK(std::system(check.c_str()) == 0);

    const std::string ics = f.dir.file("plan-checkin.ics");
    f.app->run_command_for_test(ui::cmd::ExportCalendar{ics});
    const std::string calendar = read_all(ics);
    CHECK(calendar.rfind("BEGIN:VCALENDAR\r\n", 0) == 0);
    CHECK(calendar.find("RRULE:FREQ=WEEKLY;COUNT=") != std::string::npos);
    write_all(ics, "the user's own calendar");
    f.app->run_command_for_test(ui::cmd::ExportCalendar{ics});
    f.ui->frames(2);
    CHECK(read_all(ics) == "the user's own calendar");  // asked, not replaced
}

TEST_CASE("next year's plan from the GUI opens with this year beside it") {
    Review f;
    f.app->run_command_for_test(ui::cmd::NextYearPlan{});  // asks what to carry (test_year_change.cpp)
    CHECK(f.app->document().path() != f.dir.file("2027.mandalart.json"));
    f.app->run_command_for_test(ui::cmd::StartNextYear{Carry::All, true});
    CHECK(f.app->document().path() == f.dir.file("2027.mandalart.json"));
    CHECK(f.plan().year == 2027);
    CHECK(f.plan().weeks.empty());
    CHECK(f.plan().action(2, 1).text == make_example_plan(2026).action(2, 1).text);
    REQUIRE(f.app->previous_year() != nullptr);
    CHECK(f.app->previous_year()->year == 2026);
    f.ui->frames(2);  // draws the review with the comparison
}

TEST_CASE("last year's plan can be named explicitly (the --compare option)") {
    TempFolder other;
    const std::string last = other.file("작년.mandalart.json");
    REQUIRE(save_plan_file(last, simulated_year(), real_file_system()).empty());
    const Plan now = make_example_plan(2027);
    {
        AppFixture f(now, Date{2027, 2, 1}, last);
        REQUIRE(f.app->previous_year() != nullptr);
        CHECK(f.app->previous_year()->year == 2026);
    }
    AppFixture alone(now, Date{2027, 2, 1});  // one ImGui context at a time
    CHECK(alone.app->previous_year() == nullptr);
}
