// A plan that is there but does not read (issue 26): the session opens anyway, on an empty
// read-only plan, holding the lock, and asks; nothing is written until a choice; each way back
// replaces exactly the damaged bytes and keeps them as version 1.
#include <catch2/catch.hpp>

#include <filesystem>

#include "core/example_plan.hpp"
#include "session_fixture.hpp"
#include "storage/app_paths.hpp"
#include "storage/backups.hpp"
#include "storage/journal.hpp"
#include "storage/plan_json.hpp"
#include "storage/plan_lock.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

// The example plan with a note in each week up to `last_week`.
Plan checked_in_to(int last_week) {
    Plan plan = make_example_plan(2026);
    for (int w = 1; w <= last_week; ++w) plan.weeks[w].note = "주 " + std::to_string(w);
    return plan;
}

// Three saves (weeks 1, 2, 3), then the file zero-filled, as a power cut can leave it.
std::string damage(SessionFixture& f) {
    for (int w = 1; w <= 3; ++w) REQUIRE(save_plan_file(f.path, checked_in_to(w), real_file_system()).empty());
    const std::string zeros(read_all(f.path).size(), '\0');
    write_all(f.path, zeros);
    return zeros;
}

}  // namespace

TEST_CASE("a damaged plan opens on an empty read-only plan and asks, writing nothing") {
    SessionFixture f;
    const std::string zeros = damage(f);
    PlanSession& s = f.open();
    REQUIRE(s.damaged());
    CHECK(s.damaged()->damage == Damage::Zeros);
    CHECK(s.damaged()->size == zeros.size());
    CHECK(s.damaged()->good.number == 1);
    CHECK(s.damaged()->good.last_week == 2);  // version 1 is what the last save replaced
    CHECK(s.damaged()->best() == 1);
    CHECK(s.take_questions() == std::vector<Question>{Question::DamagedPlan});
    CHECK(s.document().read_only());
    CHECK(s.document().plan().core.empty());
    CHECK(lock_plan(f.path, "other").held_by.has_value());  // held: the way back writes the file
    s.tick(100.0);
    CHECK(read_all(f.path) == zeros);
    CHECK(s.ready_to_quit(101.0));
}

TEST_CASE("a plan gone while its earlier versions are kept opens with the way back, named or reopened, never as a blank plan") {
    SessionFixture f;
    for (int w = 1; w <= 3; ++w) REQUIRE(save_plan_file(f.path, checked_in_to(w), real_file_system()).empty());
    std::filesystem::remove(f.path);  // a rename a power cut took back, or deleted
    PlanSession& s = f.open();        // named, to be made when missing
    REQUIRE(s.damaged());
    CHECK(s.damaged()->damage == Damage::Missing);
    CHECK(s.damaged()->best() == 1);
    CHECK(s.damaged()->good.last_week == 2);
    CHECK(s.document().read_only());
    s.tick(100.0);
    CHECK_FALSE(file_exists(f.path));  // nothing written until a choice
    CHECK(s.restore_damaged(1, Language::Korean).empty());
    CHECK(load_plan_file(f.path).plan == checked_in_to(2));

    std::filesystem::remove(f.path);
    SessionFixture g(false);
    SessionOptions options;
    options.today = [] { return kToday; };
    options.data_folder = g.dir.path().string();
    PlanSession reopened(options);
    REQUIRE(reopened.open_default({f.path}, Language::Korean, true).empty());  // the last plan, gone
    REQUIRE(reopened.damaged());
    CHECK(reopened.damaged()->path == f.path);
}

TEST_CASE("restoring a damaged plan puts the newest good version back and keeps the damaged file") {
    SessionFixture f;
    const std::string zeros = damage(f);
    PlanSession& s = f.open();
    REQUIRE(s.damaged());
    CHECK(s.restore_damaged(1, Language::Korean).empty());
    CHECK_FALSE(s.damaged());
    CHECK_FALSE(s.document().read_only());
    CHECK(s.document().plan() == checked_in_to(2));
    CHECK(load_plan_file(f.path).plan == checked_in_to(2));
    CHECK(read_all(list_backups(f.path)[0].path) == zeros);
    CHECK(s.notice().kind == Notice::Kind::Restored);
}

TEST_CASE("a damaged plan with unsaved changes in the journal: the journal is the newest good version") {
    SessionFixture f;
    const std::string zeros = damage(f);
    Plan unsaved = checked_in_to(3);
    unsaved.core = "저장하지 못한 변경";
    REQUIRE(write_journal(f.path, unsaved, real_file_system()).empty());
    PlanSession& s = f.open();
    REQUIRE(s.damaged());
    CHECK(s.damaged()->best() == 0);
    CHECK(s.restore_damaged(0, Language::Korean).empty());
    CHECK(s.document().plan().core == "저장하지 못한 변경");
    CHECK(load_plan_file(f.path).plan.core == "저장하지 못한 변경");
    CHECK_FALSE(read_journal(f.path));  // it is the plan now
    CHECK(read_all(list_backups(f.path)[0].path) == zeros);
}

TEST_CASE("a damaged plan with nothing that reads starts over as a blank plan, keeping the damaged file") {
    SessionFixture f(false);
    write_all(f.path, "");
    PlanSession& s = f.open();
    REQUIRE(s.damaged());
    CHECK(s.damaged()->damage == Damage::Empty);
    CHECK(s.damaged()->best() == -1);
    CHECK(s.start_over(Language::Korean).empty());
    CHECK_FALSE(s.damaged());
    CHECK(load_plan_file(f.path).error.empty());
    CHECK(list_backups(f.path).size() == 1);
}

TEST_CASE("the way back replaces only the damaged bytes: a file changed meanwhile is left alone") {
    SessionFixture f;
    damage(f);
    PlanSession& s = f.open();
    REQUIRE(s.damaged());
    const std::string theirs = encode_plan(make_example_plan(2026));
    write_all(f.path, theirs);  // another program (a sync tool) wrote the plan meanwhile
    CHECK_FALSE(s.restore_damaged(1, Language::Korean).empty());
    CHECK(read_all(f.path) == theirs);
}

TEST_CASE("a plan that cannot be read at all (a folder in its place) is refused, not shown as damaged") {
    SessionFixture f(false);
    REQUIRE(std::filesystem::create_directory(f.path));
    SessionOptions options;
    options.today = [] { return kToday; };
    PlanSession s(options);
    CHECK_FALSE(s.open(f.path, false, Language::Korean).empty());
    CHECK_FALSE(s.damaged());
}
