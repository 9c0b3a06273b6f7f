// The editor brings other copies in, as a user meets it: the changed-on-disk prompt's "merge theirs
// into mine", a sync tool's conflict copy offered when the plan opens, and the conflict panel's
// keep mine / take theirs, each clicked where it is drawn.
#include <catch2/catch.hpp>

#include <filesystem>

#include "../storage/plan_fixtures.hpp"
#include "app_fixture.hpp"
#include "core/example_plan.hpp"
#include "storage/backups.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

Plan example_with_week(int week, const char* id, int count, const char* note) {
    Plan plan = make_example_plan(2026);
    plan.weeks[week].counts[id] = count;
    plan.weeks[week].note = note;
    return plan;
}

}  // namespace

TEST_CASE("the changed-on-disk prompt merges theirs into mine: their ticks and my text both stay") {
    AppFixture f(make_example_plan(2026));
    write_all(f.path, encode_plan(example_with_week(8, "a1.1", 2, "데스크톱에서")));  // the other machine
    f.ui->key(Key::Enter);  // here: a new core goal, typed (the core is selected at start)
    f.ui->key(Key::A, true);
    f.ui->type("내 변경");
    f.ui->key(Key::Enter);
    f.ui->wait(2.0);  // the autosave finds the file changed and asks
    REQUIRE(f.app->conflict());
    f.ui->frames(3);
    REQUIRE(f.ui->click_target("merge-theirs"));
    CHECK_FALSE(f.app->conflict());
    CHECK(f.plan().core == "내 변경");
    CHECK(f.plan().count(8, 1, 1) == 2);
    CHECK(f.plan().weeks.at(8).note == "데스크톱에서");
    CHECK(f.app->notice().find("다른 프로그램의 변경을 합쳤습니다") != std::string::npos);
    const Plan on_disk = load_plan_file(f.path).plan;
    CHECK(on_disk.core == "내 변경");
    CHECK(on_disk.count(8, 1, 1) == 2);
}

TEST_CASE("a Syncthing conflict copy is offered when the plan opens, says what it brings, and is merged by Enter") {
    AppFixture f(make_example_plan(2026));
    const std::string copy = (std::filesystem::path(f.path).parent_path() / "plan.mandalart.sync-conflict-20260310-101500-ABCDEFG.json").string();
    const std::string bytes = encode_plan(example_with_week(7, "a2.1", 3, "노트북에서"));
    write_all(copy, bytes);
    f.app->window_focused();  // coming back to the window finds it
    f.ui->frames(3);
    REQUIRE(f.app->copy_offers().size() == 1);
    REQUIRE(ui::target_centre("copy-merge"));
    CHECK(ui::target_centre("copy-later"));
    f.ui->key(Key::Enter);
    CHECK_FALSE(std::filesystem::exists(copy));
    CHECK(f.plan().count(7, 2, 1) == 3);
    CHECK(f.plan().weeks.at(7).note == "노트북에서");
    CHECK(read_all(list_backups(f.path).at(0).path) == bytes);
    CHECK(f.app->notice().find("plan.mandalart.sync-conflict-20260310-101500-ABCDEFG.json을(를) 합치고") != std::string::npos);
    f.ui->frames(3);
    CHECK_FALSE(ui::target_centre("copy-merge"));  // the question is gone
}

TEST_CASE("Later leaves a Dropbox copy where it is and does not ask again") {
    AppFixture f(make_example_plan(2026));
    const std::string copy = (std::filesystem::path(f.path).parent_path() / "plan.mandalart (conflicted copy).json").string();
    write_all(copy, encode_plan(example_with_week(7, "a2.1", 1, "")));
    f.app->window_focused();
    f.ui->frames(3);
    REQUIRE(f.ui->click_target("copy-later"));
    f.ui->frames(3);
    CHECK_FALSE(ui::target_centre("copy-merge"));
    f.app->window_focused();
    f.ui->frames(3);
    CHECK_FALSE(ui::target_centre("copy-merge"));
    CHECK(std::filesystem::exists(copy));
    CHECK(f.plan().weeks.empty());
}

TEST_CASE("the conflict panel: the banner leads to it, take theirs and keep mine are undoable edits") {
    Plan plan = make_example_plan(2026);
    plan.conflicts = {{ConflictField::Core, "", 0, "행복한 개발자"}, {ConflictField::ActionNote, "a1.1", 0, "저녁에 30분"}};
    AppFixture f(plan);
    f.ui->frames(2);
    CHECK(f.app->notice().empty());
    REQUIRE(f.ui->click_target("conflicts-show"));  // "합치기 충돌 2개가 남아 있습니다. [보기…]"
    REQUIRE(f.app->conflict_panel_open());
    f.ui->frames(2);
    REQUIRE(f.ui->click_target("conflict-take-0"));
    CHECK(f.plan().core == "행복한 개발자");
    REQUIRE(f.plan().conflicts.size() == 1);
    f.ui->frames(2);
    REQUIRE(f.ui->click_target("conflict-keep-0"));
    CHECK(f.plan().action(1, 1).note == make_example_plan(2026).action(1, 1).note);
    CHECK(f.plan().conflicts.empty());
    f.ui->wait(2.0);
    CHECK(load_plan_file(f.path).plan.conflicts.empty());  // resolved in the file too

    f.ui->key(Key::Escape);  // the panel closes …
    CHECK_FALSE(f.app->conflict_panel_open());
    f.ui->key(Key::Z, true);  // … and Ctrl+Z brings the last choice back
    f.ui->key(Key::Z, true);
    CHECK(f.plan().core == plan.core);
    CHECK(f.plan().conflicts == plan.conflicts);
}

TEST_CASE("the copy question names the tool and the copy and says what merging brings, in both languages") {
    CopyOffer offer{{"/p/2026.mandalart (conflicted copy).json", "2026.mandalart (conflicted copy).json", SyncTool::Dropbox}, {}, {}};
    offer.brings.weeks = {3, 4, 5, 6, 7, 8, 9};
    offer.brings.ticks = 12;
    offer.brings.notes = 2;
    offer.brings.conflicts = 1;
    const ui::CopyQuestion ko = ui::copy_question(offer, Language::Korean);
    CHECK(ko.path == offer.copy.path);
    CHECK(ko.message == "Dropbox이(가) 이 계획의 충돌 사본을 남겼습니다:\n2026.mandalart (conflicted copy).json");
    CHECK(ko.brings == std::vector<std::string>{"체크인 7주 (W3, W4, W5, W6, W7, W8, …), 체크 +12회", "메모·회고 2개",
                                                "충돌 1개: 양쪽이 다르게 바꾼 곳으로, 합친 뒤 목록에서 고릅니다"});
    const ui::CopyQuestion en = ui::copy_question(offer, Language::English);
    CHECK(en.brings[0] == "weeks with check-ins: 7 (W3, W4, W5, W6, W7, W8, …), ticks: +12");
    offer.brings = {};
    CHECK(ui::copy_question(offer, Language::English).brings == std::vector<std::string>{"Nothing new: the copy is only tidied away."});
    offer.error = "plans of different years (2026 and 2027) are not merged";
    CHECK(ui::copy_question(offer, Language::English).brings ==
          std::vector<std::string>{"This copy cannot be merged: plans of different years (2026 and 2027) are not merged"});
}
