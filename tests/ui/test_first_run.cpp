// The first start (issue 27): no plan yet, the editor asks which year and how to start; Enter
// takes the defaults (next year from 1 December, this year otherwise; an empty chart).
#include <catch2/catch.hpp>

#include "support/test_environment.hpp"

#include <cstdlib>

#include "app_fixture.hpp"
#include "core/example_plan.hpp"
#include "storage/app_paths.hpp"
#include "ui/ui_state.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

// An editor started with no file and no plan anywhere, its data folder of its own.
struct FirstStart {
    TempFolder data;
    std::unique_ptr<ui::App> app;
    std::unique_ptr<UiHarness> ui;

    explicit FirstStart(Date today, Language language = Language::Korean) {
        mandalart::test::set_environment("XDG_DATA_HOME", path_text(data.path()));
        ui::AppOptions options;
        options.clock = [today] { return today; };
        options.default_language = language;
        app = std::make_unique<ui::App>(options);
        REQUIRE(app->start().empty());
        ui = std::make_unique<UiHarness>(*app);
        ui->frames(3);
    }
    ~FirstStart() { mandalart::test::unset_environment("XDG_DATA_HOME"); }
    std::string plan_file(int year) const { return absolute_path(data.file("mandalart/" + std::to_string(year) + ".mandalart.json")); }
    bool asks() const { return ui::describe_ui_state(*app).find("modal=first-run") != std::string::npos; }
};

}  // namespace

TEST_CASE("a first start on 6 December asks, and Enter plans next year: week 1, its title, its file") {
    FirstStart f(Date{2026, 12, 6});
    REQUIRE(f.asks());
    CHECK_FALSE(file_exists(f.plan_file(2026)));
    CHECK_FALSE(file_exists(f.plan_file(2027)));
    f.ui->key(ui::Key::Enter);
    f.ui->frames(3);
    CHECK_FALSE(f.asks());
    REQUIRE(file_exists(f.plan_file(2027)));
    CHECK(f.app->document().path() == f.plan_file(2027));
    CHECK(f.app->document().plan().year == 2027);
    CHECK(f.app->document().plan().start == 1);
    CHECK(f.app->document().plan().title == "2027 만다라트");
    CHECK_FALSE(f.app->document().read_only());
    CHECK_FALSE(file_exists(f.plan_file(2026)));
}

TEST_CASE("a first start in July plans this year from this week; the arrows choose next year or the example") {
    SECTION("Enter: this year, empty") {
        FirstStart f(Date{2026, 7, 15});
        REQUIRE(f.asks());
        f.ui->key(ui::Key::Enter);
        f.ui->frames(3);
        const Plan& plan = f.app->document().plan();
        CHECK(plan.year == 2026);
        CHECK(plan.start == 29);  // 2026-07-15 is in 2026-W29
        CHECK(plan.core.empty());
        CHECK(file_exists(f.plan_file(2026)));
    }
    SECTION("→ then Enter: next year") {
        FirstStart f(Date{2026, 7, 15});
        f.ui->key(ui::Key::Right);
        f.ui->key(ui::Key::Enter);
        f.ui->frames(3);
        CHECK(f.app->document().plan().year == 2027);
        CHECK(f.app->document().plan().start == 1);
        CHECK(file_exists(f.plan_file(2027)));
    }
    SECTION("↓ then Enter: the example, to look around") {
        FirstStart f(Date{2026, 7, 15});
        f.ui->key(ui::Key::Down);
        f.ui->key(ui::Key::Enter);
        f.ui->frames(3);
        CHECK(f.app->document().plan().core == make_example_plan(2026).core);
        for (const auto& [week, log] : f.app->document().plan().weeks) CHECK(week <= 29);  // no check-ins still to come
    }
}

TEST_CASE("the first-run panel speaks English too, and can open another plan instead") {
    FirstStart f(Date{2026, 12, 6}, Language::English);
    REQUIRE(f.asks());
    REQUIRE(f.ui->click_target("first-run-open"));
    f.ui->frames(2);
    CHECK(f.app->dialog().visible());
    CHECK_FALSE(file_exists(f.plan_file(2027)));
    // A plan opened instead: the question is answered, and not asked over it.
    TempFolder elsewhere;
    const std::string other = elsewhere.file("팀 계획.mandalart.json");
    REQUIRE(save_plan_file(other, make_example_plan(2026), real_file_system()).empty());
    f.ui->key(ui::Key::Escape);  // no plan chosen: asked again
    f.ui->frames(3);
    CHECK(f.asks());
    f.app->run_command_for_test(ui::cmd::OpenPath{other});
    f.ui->frames(3);
    CHECK(f.app->document().path() == other);
    CHECK_FALSE(f.asks());
    CHECK_FALSE(file_exists(f.plan_file(2027)));
}
