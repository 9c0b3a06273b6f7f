// The plan session without a window: autosave and its retry on a test-controlled clock, another
// program's changes and the two choices, crash recovery, and the lock held by someone else.
#include <catch2/catch.hpp>

#include <cerrno>

#include "../storage/faulty_file_system.hpp"
#include "../storage/plan_fixtures.hpp"
#include "session_fixture.hpp"
#include "core/example_plan.hpp"
#include "storage/app_paths.hpp"
#include "storage/backups.hpp"
#include "storage/journal.hpp"
#include "storage/plan_lock.hpp"

using namespace mandalart;
using namespace mandalart::testing;


TEST_CASE("an edit is journaled within a second and saved 1.5 s after the last edit, not before") {
    SessionFixture f;
    PlanSession& s = f.open();
    REQUIRE(s.apply(SetText{CellAddress::core(), "첫 번째"}, 100.0).empty());
    CHECK(s.seconds_until_due(100.0) == Approx(0.0));  // the journal is due at once

    s.tick(100.0);
    REQUIRE(read_journal(f.path));
    CHECK(read_journal(f.path)->plan.core == "첫 번째");
    CHECK(f.core_on_disk() != "첫 번째");
    CHECK(s.seconds_until_due(100.0) == Approx(kAutosaveDelay));

    REQUIRE(s.apply(SetText{CellAddress::core(), "두 번째"}, 101.0).empty());  // a later edit pushes the save back
    s.tick(102.4);
    CHECK(f.core_on_disk() != "두 번째");
    CHECK(s.document().dirty());
    s.tick(102.5);
    CHECK(f.core_on_disk() == "두 번째");
    CHECK_FALSE(s.document().dirty());
    CHECK_FALSE(read_journal(f.path));  // a clean save leaves nothing to recover
    CHECK(s.seconds_until_due(103.0) < 0);  // nothing pending: the editor may sleep
}

TEST_CASE("a failed save is retried 10 s later, not on every tick, and says why") {
    SessionFixture f;
    FaultyFileSystem full(SaveStep::Write, ENOSPC, f.dir.path().string());
    f.fs = &full;
    PlanSession& s = f.open();
    const std::string before = read_all(f.path);
    s.apply(SetText{CellAddress::core(), "가득 찬 디스크"}, 0.0);
    s.tick(2.0);
    CHECK(s.save_error().detail.find("No space left on device") != std::string::npos);
    CHECK(read_all(f.path) == before);
    CHECK(s.seconds_until_due(2.0) == Approx(kSaveRetryDelay));
    s.tick(11.9);
    CHECK(s.save_error().detail.find("No space left on device") != std::string::npos);
    CHECK(s.seconds_until_due(11.9) == Approx(0.1).margin(1e-6));
    CHECK(s.document().dirty());
    CHECK(read_journal(f.path));  // the edit is in the journal meanwhile
}

TEST_CASE("another program's change stops saving until the user chooses; keep mine keeps theirs in the backups") {
    SessionFixture f;
    PlanSession& s = f.open();
    const std::string theirs = example_bytes_with_core("다른 프로그램의 변경");
    write_all(f.path, theirs);
    s.apply(SetText{CellAddress::core(), "내 변경"}, 0.0);
    s.tick(2.0);
    CHECK(s.conflict());
    const std::vector<Question> asked = s.take_questions();
    REQUIRE(asked.size() == 1);
    CHECK(asked[0] == Question::Conflict);
    CHECK(s.take_questions().empty());  // asked once
    s.tick(60.0);
    CHECK(read_all(f.path) == theirs);  // no retry behind the user's back
    CHECK(s.seconds_until_due(60.0) < 0);
    CHECK_FALSE(s.save(60.0));          // nor a plain save

    s.keep_mine(61.0);
    CHECK_FALSE(s.conflict());
    CHECK(f.core_on_disk() == "내 변경");
    CHECK(read_all(list_backups(f.path).at(0).path) == theirs);
}

TEST_CASE("taking theirs reloads the file and keeps mine in the backups") {
    SessionFixture f;
    PlanSession& s = f.open();
    const std::uint64_t generation = s.document_generation();
    write_all(f.path, example_bytes_with_core("그쪽 변경"));
    s.apply(SetText{CellAddress::core(), "이쪽 변경"}, 0.0);
    s.tick(2.0);
    REQUIRE(s.conflict());
    s.reload_theirs();
    CHECK_FALSE(s.conflict());
    CHECK(s.document().plan().core == "그쪽 변경");
    CHECK_FALSE(s.document().dirty());
    CHECK(s.document_generation() != generation);  // the views start afresh
    CHECK(s.notice().kind == Notice::Kind::ReloadedTheirs);
    CHECK(load_plan_file(list_backups(f.path).at(0).path).plan.core == "이쪽 변경");
}

TEST_CASE("unsaved changes from a killed session are offered back, recovered or discarded into the backups") {
    SessionFixture f;
    Plan edited = make_example_plan(2026);
    edited.core = "저장 못 한 변경";
    REQUIRE(write_journal(f.path, edited, real_file_system()).empty());

    SECTION("recovered: the plan comes back unsaved and is autosaved like any edit") {
        PlanSession& s = f.open();
        REQUIRE(s.recovery_pending());
        CHECK(s.notice().kind == Notice::Kind::RecoveryOffered);
        const std::vector<Question> asked = s.take_questions();
        REQUIRE(asked.size() == 1);
        CHECK(asked[0] == Question::Recovery);
        s.recover(10.0);
        CHECK_FALSE(s.recovery_pending());
        CHECK(s.document().plan().core == "저장 못 한 변경");
        CHECK(s.document().dirty());
        s.tick(11.0);
        CHECK(f.core_on_disk() != "저장 못 한 변경");
        s.tick(11.5);
        CHECK(f.core_on_disk() == "저장 못 한 변경");
        CHECK_FALSE(read_journal(f.path));
    }
    SECTION("discarded: the file stays as it was, the changes are kept as an earlier version") {
        PlanSession& s = f.open();
        const std::string before = read_all(f.path);
        s.discard_recovery();
        CHECK_FALSE(s.recovery_pending());
        CHECK(read_all(f.path) == before);
        CHECK_FALSE(read_journal(f.path));
        CHECK(load_plan_file(list_backups(f.path).at(0).path).plan.core == "저장 못 한 변경");
    }
    SECTION("a journal that holds nothing new is dropped without asking") {
        REQUIRE(write_journal(f.path, make_example_plan(2026), real_file_system()).empty());
        PlanSession& s = f.open();
        CHECK_FALSE(s.recovery_pending());
        CHECK(s.take_questions().empty());
        CHECK_FALSE(read_journal(f.path));
    }
}

TEST_CASE("a plan whose lock another editor holds opens read-only and is never written") {
    SessionFixture f;
    LockAttempt other = lock_plan(f.path, "mandalart set");
    REQUIRE(other.lock.held());
    PlanSession& s = f.open();
    CHECK(s.document().read_only());
    CHECK(s.notice().kind == Notice::Kind::LockedBy);
    CHECK(s.notice().detail.find("mandalart set (pid ") == 0);
    const std::string before = read_all(f.path);
    CHECK(s.apply(SetText{CellAddress::core(), "바꿀 수 없음"}, 0.0) == "the plan is open read-only");
    s.tick(10.0);
    s.close(10.0);
    CHECK(read_all(f.path) == before);
}

TEST_CASE("Save As to a plan another editor holds is refused, and the session keeps its own lock and file") {
    SessionFixture f;
    PlanSession& s = f.open();
    const std::string elsewhere = f.dir.file("other.mandalart.json");
    REQUIRE(save_plan_file(elsewhere, make_example_plan(2026), real_file_system()).empty());
    LockAttempt other = lock_plan(elsewhere, "mandalart editor");
    REQUIRE(other.lock.held());
    CHECK_FALSE(s.save_as(elsewhere).empty());
    CHECK(s.save_error().kind == Notice::Kind::LockedBy);
    CHECK(s.document().path() == f.path);
    // Still ours: a second session on our file finds it locked.
    LockAttempt again = lock_plan(f.path, "test");
    CHECK_FALSE(again.lock.held());
    REQUIRE(again.held_by);
    // And our edits still reach our file.
    s.apply(SetText{CellAddress::core(), "여전히 내 파일"}, 0.0);
    CHECK(s.save(1.0));
    CHECK(f.core_on_disk() == "여전히 내 파일");
}

TEST_CASE("a first start asks which year before writing anything; the plan made is titled in the given language and remembered") {
    SessionFixture f(false);
    SessionOptions options;
    options.today = [] { return kToday; };
    options.data_folder = f.dir.file("data");
    options.remember_file = [&](const std::string& p) { f.remembered.push_back(p); };
    PlanSession s(options);
    REQUIRE(s.open_default({}, Language::English, true).empty());
    REQUIRE(s.first_run());
    CHECK(s.first_run()->default_year == 2026);  // in March: this year
    CHECK(s.take_questions() == std::vector<Question>{Question::FirstRun});
    CHECK(s.document().read_only());
    CHECK_FALSE(file_exists(f.dir.file("data")));  // nothing written until it is answered
    REQUIRE(s.start_first_plan(2026, false, Language::English).empty());
    CHECK_FALSE(s.first_run());
    const std::string made = absolute_path(f.dir.file("data") + "/2026.mandalart.json");
    CHECK(s.document().path() == made);
    CHECK(load_plan_file(made).plan.title == "Mandalart 2026");
    CHECK(s.notice().kind == Notice::Kind::CreatedAt);
    CHECK(std::find(f.remembered.begin(), f.remembered.end(), made) != f.remembered.end());
}

TEST_CASE("the year's numbers are computed once per change, not per call") {
    SessionFixture f;
    PlanSession& s = f.open();
    s.stats();
    const std::uint64_t version = s.stats_version();
    s.stats();
    CHECK(s.stats_version() == version);
    s.apply(SetText{CellAddress::core(), "바뀐 핵심"}, 0.0);
    s.stats();
    CHECK(s.stats_version() == version + 1);
}

namespace {

// A session started on 6 December with no plan anywhere, its data folder in `f`.
SessionOptions december_start(const SessionFixture& f) {
    SessionOptions options;
    options.today = [] { return Date{2026, 12, 6}; };
    options.data_folder = f.dir.file("data");
    return options;
}

}  // namespace

TEST_CASE("a first start in December plans next year: week 1, a title and a file named for it") {
    SessionFixture f(false);
    const SessionOptions options = december_start(f);
    PlanSession s(options);
    REQUIRE(s.open_default({}, Language::Korean, true).empty());
    REQUIRE(s.first_run());
    CHECK(s.first_run()->default_year == 2027);
    REQUIRE(s.start_first_plan(2027, false, Language::Korean).empty());
    const std::string made = absolute_path(f.dir.file("data") + "/2027.mandalart.json");
    CHECK(s.document().path() == made);
    const Plan plan = load_plan_file(made).plan;
    CHECK(plan.year == 2027);
    CHECK(plan.start == 1);
    CHECK(plan.title.find("2027") != std::string::npos);

    PlanSession again(options);  // the next start opens it: nothing asked
    REQUIRE(again.open_default({}, Language::Korean, true).empty());
    CHECK_FALSE(again.first_run());
    CHECK(again.document().path() == made);
}

TEST_CASE("a first start with the example: next year's has no check-ins in weeks still to come") {
    SessionFixture f(false);
    PlanSession s(december_start(f));
    REQUIRE(s.open_default({}, Language::Korean, true).empty());
    REQUIRE(s.start_first_plan(2027, true, Language::Korean).empty());
    const Plan plan = load_plan_file(f.dir.file("data") + "/2027.mandalart.json").plan;
    CHECK(plan.core == make_example_plan(2027).core);
    CHECK(plan.weeks.empty());
    CHECK(plan.start == 1);
}
