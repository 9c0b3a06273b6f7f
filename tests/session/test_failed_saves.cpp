// When a save the session needs fails, it stops and says so instead of going on (issue 26):
// opening or making another plan leaves the open one open with its edits; discarding recovered
// changes whose backup cannot be kept leaves them in the journal.
#include <catch2/catch.hpp>

#include <cerrno>

#include "../storage/faulty_file_system.hpp"
#include "core/example_plan.hpp"
#include "session_fixture.hpp"
#include "storage/app_paths.hpp"
#include "storage/atomic_write.hpp"
#include "storage/backups.hpp"
#include "storage/journal.hpp"

using namespace mandalart;
using namespace mandalart::testing;

TEST_CASE("opening or making another plan when the open one cannot be saved keeps it open, edits and all") {
    SessionFixture f;
    FaultyFileSystem full(SaveStep::Write, ENOSPC, f.dir.path().string());
    f.fs = &full;
    PlanSession& s = f.open();
    const std::string other = f.dir.file("other.mandalart.json");
    REQUIRE(save_plan_file(other, make_example_plan(2026), real_file_system()).empty());
    s.apply(SetText{CellAddress::core(), "저장되지 않은 변경"}, 0.0);

    const std::string refused = s.switch_to(other, 1.0);
    CHECK(refused.find("the plan open now could not be saved first, so it stays open") != std::string::npos);
    CHECK(refused.find("No space left on device") != std::string::npos);
    CHECK(s.document().path() == f.path);
    CHECK(s.document().dirty());
    CHECK(s.document().plan().core == "저장되지 않은 변경");

    const std::string not_made = s.create(f.dir.file("2027.mandalart.json"), 2027, Language::Korean, 2.0);
    CHECK(not_made.find("so it stays open") != std::string::npos);
    CHECK(s.document().path() == f.path);
    CHECK(s.document().plan().core == "저장되지 않은 변경");
}

TEST_CASE("discarding recovered changes whose backup cannot be kept leaves them in the journal, and says so") {
    SessionFixture f;
    Plan unsaved = make_example_plan(2026);
    unsaved.core = "살아남은 변경";
    REQUIRE(write_journal(f.path, unsaved, real_file_system()).empty());
    FaultyFileSystem broken(SaveStep::Write, EIO, backup_folder_for(f.path));
    f.fs = &broken;
    PlanSession& s = f.open();
    REQUIRE(s.recovery_pending());
    s.discard_recovery();
    CHECK_FALSE(s.recovery_pending());
    REQUIRE(read_journal(f.path));
    CHECK(read_journal(f.path)->plan.core == "살아남은 변경");
    CHECK(s.notice().detail.find("the unsaved changes stay in the crash journal") != std::string::npos);
}

TEST_CASE("every write the session makes goes through its one file system: save as, the journal, restore, next year") {
    SessionFixture f;
    Plan changed = make_example_plan(2026);
    changed.core = "두 번째 저장";
    REQUIRE(save_plan_file(f.path, changed, real_file_system()).empty());  // version 1 is the example (written for real)
    FaultyFileSystem failing(SaveStep::Write, EIO);      // then every write fails
    f.fs = &failing;
    PlanSession& s = f.open();
    const std::string before = read_all(f.path);

    const std::string elsewhere = f.dir.file("elsewhere.mandalart.json");
    CHECK(s.save_as(elsewhere).find("Input/output error") != std::string::npos);
    CHECK_FALSE(file_exists(elsewhere));
    CHECK(s.document().path() == f.path);

    s.apply(SetText{CellAddress::core(), "일기장에 못 쓴 변경"}, 0.0);
    s.tick(0.5);  // the journal is due: its write fails too
    CHECK_FALSE(read_journal(f.path));

    s.discard_unsaved();
    SessionFixture g;  // restore and next year, from a clean plan, through the failing file system
    REQUIRE(save_plan_file(g.path, changed, real_file_system()).empty());
    g.fs = &failing;
    PlanSession& t = g.open();
    const std::string on_disk = read_all(g.path);
    t.restore(1, 1.0);
    CHECK(t.notice().detail.find("Input/output error") != std::string::npos);
    CHECK(read_all(g.path) == on_disk);
    t.start_next_year(2.0);
    CHECK(t.notice().detail.find("Input/output error") != std::string::npos);
    CHECK_FALSE(file_exists(g.dir.file("2027.mandalart.json")));
    CHECK(read_all(f.path) == before);
}

TEST_CASE("a save after the crash journal was written first makes the journal hold what is saved; if it cannot, removes it and saves") {
    SessionFixture f;
    PlanSession& s = f.open();
    s.apply(SetText{CellAddress::core(), "일기장에 쓴 변경"}, 0.0);
    s.tick(1.2);  // the journal is written
    REQUIRE(read_journal(f.path));
    s.apply(SetText{CellAddress::goal(1), "일기장 뒤의 변경"}, 1.3);

    REQUIRE(s.save(2.0));
    CHECK(load_plan_file(f.path).plan == s.document().plan());
    CHECK_FALSE(read_journal(f.path));

    SessionFixture g;  // the same steps with a state folder whose disk fails to flush
    FaultyFileSystem failing(SaveStep::Fsync, EIO, parent_folder(journal_path_for(g.path)));
    g.fs = &failing;
    PlanSession& t = g.open();
    t.apply(SetText{CellAddress::core(), "일기장에 쓴 변경"}, 0.0);
    t.tick(1.2);  // written without flushing: fine
    REQUIRE(read_journal(g.path));
    CHECK(t.save(2.0));  // the journal cannot be settled: it is removed, and the plan saved all the same
    CHECK(failing.hit);
    CHECK(load_plan_file(g.path).plan == t.document().plan());
    CHECK_FALSE(read_journal(g.path));
}
