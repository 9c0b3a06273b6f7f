// The editor never loses work: a second editor opens read-only, a plan changed by another
// program is not overwritten without asking, earlier versions can be restored, a failing disk is
// shown, and edits made before a crash are offered back.
#include <catch2/catch.hpp>
#include <cerrno>
#include <unistd.h>

#include "../storage/faulty_file_system.hpp"
#include "../storage/plan_fixtures.hpp"
#include "app_fixture.hpp"
#include "core/example_plan.hpp"
#include "storage/backups.hpp"
#include "storage/journal.hpp"
#include "storage/plan_lock.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

// Types a new core goal through the keyboard, as a person would (the core is selected at start).
void type_core(AppFixture& f, const std::string& text) {
    f.ui->key(Key::Enter);
    f.ui->key(Key::A, true);  // select all in the field, so typing replaces it
    f.ui->type(text);
    f.ui->key(Key::Enter);
}

}  // namespace

TEST_CASE("a second editor on the same plan opens it read-only and says who holds it") {
    AppFixture f(make_example_plan(2026));
    ui::App second(f.options);
    REQUIRE(second.start().empty());
    CHECK(second.document().read_only());
    CHECK(second.notice().find("다른 곳에서 편집 중이라 읽기 전용으로 열었습니다: mandalart editor (pid " +
                               std::to_string(::getpid())) != std::string::npos);
    CHECK(second.window_title().find("[읽기 전용]") != std::string::npos);
    CHECK_FALSE(f.app->document().read_only());
}

TEST_CASE("a plan changed by another program is not overwritten: keep mine puts theirs in the backups") {
    AppFixture f(make_example_plan(2026));
    type_core(f, "내 변경");
    const std::string theirs = example_bytes_with_core("다른 프로그램의 변경");
    write_all(f.path, theirs);
    f.ui->wait(2.0);  // the autosave finds the file changed
    CHECK(f.app->conflict());
    CHECK(read_all(f.path) == theirs);
    CHECK(f.app->document().dirty());
    CHECK(f.app->save_error().find("다른 프로그램이 이 파일을 바꿔서 저장하지 않았습니다") != std::string::npos);
    f.ui->wait(30.0);  // no autosave retries behind the user's back while the question is open
    CHECK(read_all(f.path) == theirs);

    f.app->run_command_for_test(ui::cmd::KeepMine{});
    CHECK_FALSE(f.app->conflict());
    CHECK(load_plan_file(f.path).plan.core == "내 변경");
    CHECK(read_all(list_backups(f.path).at(0).path) == theirs);
}

TEST_CASE("reloading theirs keeps my version in the backups") {
    AppFixture f(make_example_plan(2026));
    type_core(f, "내 변경");
    const std::string theirs = example_bytes_with_core("그쪽 변경");
    write_all(f.path, theirs);
    f.ui->wait(2.0);
    REQUIRE(f.app->conflict());
    f.app->run_command_for_test(ui::cmd::ReloadTheirs{});
    CHECK_FALSE(f.app->conflict());
    CHECK(f.plan().core == "그쪽 변경");
    CHECK_FALSE(f.app->document().dirty());
    CHECK(load_plan_file(list_backups(f.path).at(0).path).plan.core == "내 변경");
    type_core(f, "그 위에 이어서");  // and the next save goes through
    CHECK(f.plan().core == "그 위에 이어서");
    f.ui->wait(2.0);
    CHECK(load_plan_file(f.path).plan.core == "그 위에 이어서");
}

TEST_CASE("File → Restore previous version lists the versions and restoring 1 twice comes back") {
    AppFixture f(make_example_plan(2026));
    type_core(f, "첫째");
    f.ui->wait(2.0);
    type_core(f, "둘째");
    f.ui->wait(2.0);
    REQUIRE(load_plan_file(f.path).plan.core == "둘째");
    f.app->run_command_for_test(ui::cmd::ShowRestore{});
    f.ui->frame();
    CHECK(f.app->restore_dialog_open());
    f.ui->key(Key::Escape);
    CHECK_FALSE(f.app->restore_dialog_open());
    f.app->run_command_for_test(ui::cmd::RestoreVersion{1});
    CHECK(f.plan().core == "첫째");
    CHECK(load_plan_file(f.path).plan.core == "첫째");
    CHECK(f.app->notice().find("되돌렸습니다") != std::string::npos);
    f.app->run_command_for_test(ui::cmd::RestoreVersion{1});
    CHECK(f.plan().core == "둘째");
}

TEST_CASE("a failing disk is shown, the edit stays in memory and in the crash journal") {
    AppFixture f(make_example_plan(2026));
    FaultyFileSystem full(SaveStep::Write, ENOSPC, f.dir.path().string());
    f.options.file_system = &full;
    f.restart_after_crash();
    const std::string before = read_all(f.path);
    type_core(f, "디스크가 가득 참");
    f.ui->wait(2.0);
    CHECK(f.app->save_error().find("No space left on device (while writing)") != std::string::npos);
    CHECK(f.app->window_title().find("[저장 실패]") != std::string::npos);
    CHECK(f.app->document().dirty());
    CHECK(read_all(f.path) == before);
    const auto journal = read_journal(f.path);
    REQUIRE(journal);
    CHECK(journal->plan.core == "디스크가 가득 참");
}

TEST_CASE("edits not yet saved when the editor dies are offered back on the next launch") {
    AppFixture f(make_example_plan(2026));
    type_core(f, "저장 직전에 꺼짐");
    f.ui->frames(3);  // well under the 1.5 s autosave delay, past the journal's
    REQUIRE(f.app->document().dirty());
    const std::string on_disk = read_all(f.path);
    f.restart_after_crash();
    CHECK(read_all(f.path) == on_disk);
    REQUIRE(f.app->recovery_offered());
    CHECK(f.plan().core != "저장 직전에 꺼짐");  // nothing is applied until the user says so
    f.app->run_command_for_test(ui::cmd::RecoverJournal{});
    CHECK(f.plan().core == "저장 직전에 꺼짐");
    CHECK(f.app->document().dirty());
    f.ui->wait(2.0);
    CHECK(load_plan_file(f.path).plan.core == "저장 직전에 꺼짐");
    CHECK_FALSE(read_journal(f.path));
    f.restart_after_crash();
    CHECK_FALSE(f.app->recovery_offered());  // a clean save leaves nothing to recover
}

TEST_CASE("discarding recovered edits still keeps them as an earlier version") {
    AppFixture f(make_example_plan(2026));
    type_core(f, "버릴 변경");
    f.ui->frames(3);
    f.restart_after_crash();
    REQUIRE(f.app->recovery_offered());
    f.app->run_command_for_test(ui::cmd::DiscardJournal{});
    CHECK_FALSE(f.app->recovery_offered());
    CHECK(f.plan().core != "버릴 변경");
    CHECK_FALSE(read_journal(f.path));
    CHECK(load_plan_file(list_backups(f.path).at(0).path).plan.core == "버릴 변경");
}

TEST_CASE("File → New makes a plan for the chosen year, saved and locked, and lets go of the old one") {
    AppFixture f(make_example_plan(2026));
    const std::string next = f.dir.file("2027.mandalart.json");
    f.app->run_command_for_test(ui::cmd::NewPlanAt{next, 2027});
    CHECK(f.plan().year == 2027);
    CHECK(load_plan_file(next).plan.year == 2027);
    CHECK_FALSE(f.app->document().read_only());
    CHECK(std::filesystem::exists(lock_path_for(next)));
    CHECK_FALSE(std::filesystem::exists(lock_path_for(f.path)));
}
