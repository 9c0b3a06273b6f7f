// The editor on a plan that is there but does not read (issue 26): it opens with the way back
// instead of exiting; Enter restores the newest good version, the damaged file kept; the other
// choices are there; the prompt names the damage in both languages.
#include <catch2/catch.hpp>

#include <filesystem>

#include "app_fixture.hpp"
#include "core/example_plan.hpp"
#include "storage/backups.hpp"
#include "ui/damaged_plan_prompt.hpp"
#include "ui/ui_state.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

bool shows(const ui::App& app, const std::string& word) {
    return (" " + ui::describe_ui_state(app) + " ").find(" " + word + " ") != std::string::npos;
}

// The example plan saved, then another version over it (the example becomes version 1), then
// the file zero-filled and the editor started again on it.
std::string start_on_zeros(AppFixture& f) {
    Plan second = make_example_plan(2026);
    second.core = "두 번째 저장";
    REQUIRE(save_plan_file(f.path, second, real_file_system()).empty());
    const std::string zeros(read_all(f.path).size(), '\0');
    write_all(f.path, zeros);
    f.restart_after_crash();
    f.ui->frames(3);
    return zeros;
}

}  // namespace

TEST_CASE("a zero-filled plan opens with the way back; Enter restores the newest good version and keeps the damaged file") {
    AppFixture f(make_example_plan(2026));
    const std::string zeros = start_on_zeros(f);
    CHECK(shows(*f.app, "modal=damaged"));
    CHECK(f.app->document().read_only());
    f.ui->key(Key::Enter);
    CHECK(shows(*f.app, "modal=-"));
    CHECK(f.plan().core == make_example_plan(2026).core);
    CHECK_FALSE(f.app->document().read_only());
    CHECK(load_plan_file(f.path).error.empty());
    CHECK(read_all(list_backups(f.path)[0].path) == zeros);
}

TEST_CASE("the damaged plan's other ways: another version, another plan, quit") {
    SECTION("another version: the list of earlier versions, and restoring one from it") {
        AppFixture f(make_example_plan(2026));
        start_on_zeros(f);
        REQUIRE(f.ui->click_target("damaged-versions"));
        f.ui->frames(2);
        CHECK(shows(*f.app, "modal=restore"));
    }
    SECTION("another plan: the file dialog") {
        AppFixture f(make_example_plan(2026));
        start_on_zeros(f);
        REQUIRE(f.ui->click_target("damaged-open"));
        f.ui->frames(2);
        CHECK(f.app->dialog().visible());
    }
    SECTION("quit: nothing written") {
        AppFixture f(make_example_plan(2026));
        const std::string zeros = start_on_zeros(f);
        REQUIRE(f.ui->click_target("damaged-quit"));
        f.ui->frames(2);
        CHECK(f.app->should_quit());
        CHECK(read_all(f.path) == zeros);
    }
}

TEST_CASE("the damaged-plan prompt says what is wrong and what comes back, in Korean and in English") {
    DamagedPlan d;
    d.path = "/home/jieun/2026.mandalart.json";
    d.damage = Damage::Zeros;
    d.size = 9412;
    d.good = GoodVersion{1, "2026-03-18 21:40:05", 11, 2026, 3};
    CHECK(ui::damage_sentence(d, Language::Korean) ==
          "2026.mandalart.json 파일이 0으로 채워진 9,412바이트뿐입니다. 정전이나 디스크 고장 뒤에 흔히 이렇게 됩니다.");
    CHECK(ui::damage_sentence(d, Language::English) ==
          "2026.mandalart.json is 9,412 zero bytes. A power cut or a failing disk often leaves a file like this.");
    CHECK(ui::newest_good_sentence(d, Language::Korean) == "가장 최근의 온전한 버전: 2026-03-18 21:40:05 저장, 2026-W11까지 체크인");
    CHECK(ui::newest_good_sentence(d, Language::English) == "Newest good version: saved 2026-03-18 21:40:05, checked in up to 2026-W11");
    d.damage = Damage::Utf16;  // not what a power cut does: no word of one
    CHECK(ui::damage_sentence(d, Language::English) == "2026.mandalart.json was saved as UTF-16 text.");
    d.damage = Damage::Missing;  // gone, its versions kept: the sentence names the likely causes itself
    CHECK(ui::damage_sentence(d, Language::Korean) ==
          "2026.mandalart.json 파일이 없습니다. 지워졌거나 옮겨졌을 수 있고, 정전으로 마지막 저장이 되돌려졌을 수도 있습니다.");
    CHECK(ui::damage_sentence(d, Language::English) ==
          "2026.mandalart.json is gone: it may have been deleted or moved, or a power cut undid its last save.");
    d.good = GoodVersion{};
    CHECK(ui::newest_good_sentence(d, Language::Korean) == "읽을 수 있는 이전 버전이 없습니다.");
    d.journal = Journal{make_example_plan(2026), "2026-03-19 08:00:00", ""};
    CHECK(ui::newest_good_sentence(d, Language::English) == "Newest good version: unsaved changes kept at 2026-03-19 08:00:00");
}

TEST_CASE("a plan that cannot be read at all (a folder in its place) is said in the window too, with the ways on") {
    TempFolder dir;
    const std::string folder = dir.file("2026.mandalart.json");
    REQUIRE(std::filesystem::create_directory(folder));
    ui::AppOptions options;
    options.file = folder;
    options.clock = [] { return kFixtureToday; };
    options.persist_new_plan = false;
    ui::App app(options);
    const std::string error = app.start();
    CHECK_FALSE(error.empty());  // stderr gets it too (platform/gui.cpp)
    UiHarness ui(app);
    ui.frames(3);
    CHECK(shows(app, "modal=cannot-open"));
    SECTION("open another plan") {
        REQUIRE(ui.click_target("cannot-open-open"));
        ui.frames(2);
        CHECK(app.dialog().visible());
    }
    SECTION("quit") {
        REQUIRE(ui.click_target("cannot-open-quit"));
        ui.frames(2);
        CHECK(app.should_quit());
    }
}
