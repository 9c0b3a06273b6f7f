// Other copies of the plan brought into the open session: the version another program wrote over
// the file (merge theirs into mine) and the conflict copies Syncthing, Dropbox and Nextcloud leave
// beside it, named as each of them names them.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "../storage/plan_fixtures.hpp"
#include "session_fixture.hpp"
#include "storage/backups.hpp"
#include "storage/content_hash.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

// The example with `edit` applied, as another machine would have written it.
template <class Edit>
std::string example_with(Edit edit) {
    Plan plan = make_example_plan(2026);
    edit(plan);
    return encode_plan(plan);
}

bool asked(std::vector<Question> questions, Question q) { return std::find(questions.begin(), questions.end(), q) != questions.end(); }

}  // namespace

TEST_CASE("merge theirs into mine keeps both sides' check-ins as one undoable step and keeps theirs in the backups") {
    SessionFixture f;
    PlanSession& s = f.open();
    const std::string theirs = example_with([](Plan& p) {
        p.weeks[8].counts["a1.1"] = 2;
        p.weeks[8].note = "데스크톱에서";
    });
    write_all(f.path, theirs);
    REQUIRE(s.apply(SetCount{9, 1, 1, 1}, 0.0).empty());
    s.tick(2.0);
    REQUIRE(s.conflict());
    s.take_questions();

    s.merge_theirs(3.0);
    CHECK_FALSE(s.conflict());
    CHECK(s.document().plan().count(8, 1, 1) == 2);
    CHECK(s.document().plan().count(9, 1, 1) == 1);
    CHECK(s.document().plan().weeks.at(8).note == "데스크톱에서");
    CHECK(s.notice().kind == Notice::Kind::Merged);
    CHECK_FALSE(s.document().dirty());  // saved over theirs at once
    const Plan on_disk = load_plan_file(f.path).plan;
    CHECK(on_disk.count(8, 1, 1) == 2);
    CHECK(on_disk.count(9, 1, 1) == 1);
    CHECK(read_all(list_backups(f.path).at(0).path) == theirs);
    CHECK(load_plan_file(list_backups(f.path).at(1).path).plan.count(8, 1, 1) == 0);  // and mine as it was
    CHECK(load_plan_file(list_backups(f.path).at(1).path).plan.count(9, 1, 1) == 1);
    CHECK(s.take_questions().empty());  // no conflicts: nothing more to ask

    REQUIRE(s.undo(4.0));  // the merge is one step
    CHECK(s.document().plan().count(8, 1, 1) == 0);
    CHECK(s.document().plan().count(9, 1, 1) == 1);
}

TEST_CASE("merging theirs where both changed the core goal keeps mine, stores theirs and asks about it") {
    SessionFixture f;
    PlanSession& s = f.open();
    write_all(f.path, example_bytes_with_core("그쪽 핵심"));
    s.apply(SetText{CellAddress::core(), "이쪽 핵심"}, 0.0);
    s.tick(2.0);
    REQUIRE(s.conflict());
    s.take_questions();
    s.merge_theirs(3.0);
    CHECK(s.document().plan().core == "이쪽 핵심");
    REQUIRE(s.document().plan().conflicts.size() == 1);
    CHECK(s.document().plan().conflicts[0].theirs == "그쪽 핵심");
    CHECK(asked(s.take_questions(), Question::MergeConflicts));
    CHECK(load_plan_file(f.path).plan.conflicts == s.document().plan().conflicts);  // stored until resolved

    REQUIRE(s.apply(ResolveConflict{0, true}, 4.0).empty());
    CHECK(s.document().plan().core == "그쪽 핵심");
    CHECK(s.document().plan().conflicts.empty());
}

TEST_CASE("each sync tool's conflict copy is offered with what it brings; merging moves it into the backups") {
    for (const char* name : {"plan.mandalart.sync-conflict-20260310-101500-ABCDEFG.json", "plan.mandalart (conflicted copy).json",
                             "plan.mandalart (Jane's conflicted copy 2026-03-10).json", "plan.mandalart (conflict 2026-03-10).json"}) {
        INFO(name);
        SessionFixture f;
        const std::string copy = f.dir.file(name);
        const std::string bytes = example_with([](Plan& p) {
            p.weeks[7].counts["a1.1"] = 2;
            p.weeks[7].counts["a2.1"] = 1;
            p.weeks[8].note = "노트북에서";
            p.action(3, 3).note = "저녁에";
        });
        write_all(copy, bytes);
        PlanSession& s = f.open();
        CHECK(asked(s.take_questions(), Question::ConflictCopy));
        REQUIRE(s.copy_offers().size() == 1);
        const CopyOffer& offer = s.copy_offers()[0];
        CHECK(offer.copy.name == name);
        CHECK(offer.error.empty());
        CHECK(offer.brings.weeks == std::vector<int>{7, 8});
        CHECK(offer.brings.ticks == 3);
        CHECK(offer.brings.notes == 2);

        s.merge_copy(copy, 1.0);
        CHECK_FALSE(std::filesystem::exists(copy));  // tidied away …
        CHECK(read_all(list_backups(f.path).at(0).path) == bytes);  // … into the earlier versions
        CHECK(s.copy_offers().empty());
        CHECK(s.notice() == Notice{Notice::Kind::Merged, name});
        const Plan on_disk = load_plan_file(f.path).plan;
        CHECK(on_disk.count(7, 1, 1) == 2);
        CHECK(on_disk.weeks.at(8).note == "노트북에서");
        CHECK(on_disk.action(3, 3).note == "저녁에");
        s.look_for_conflict_copies();
        CHECK(s.take_questions().empty());
    }
}

TEST_CASE("later: a copy is not offered again while the plan is open, and is again when it is reopened") {
    SessionFixture f;
    const std::string copy = f.dir.file("plan.mandalart (conflicted copy).json");
    write_all(copy, example_with([](Plan& p) { p.weeks[7].counts["a1.1"] = 1; }));
    PlanSession& s = f.open();
    s.take_questions();
    s.dismiss_copy(copy);
    CHECK(s.copy_offers().empty());
    s.apply(SetCount{9, 1, 1, 1}, 0.0);
    s.tick(2.0);  // a save looks again
    s.look_for_conflict_copies();
    CHECK(s.copy_offers().empty());
    CHECK(s.take_questions().empty());
    CHECK(std::filesystem::exists(copy));  // untouched
    PlanSession& again = f.open();
    CHECK(again.copy_offers().size() == 1);
}

TEST_CASE("a copy of another plan or a broken copy is offered with why it cannot be merged, and left alone") {
    SessionFixture f;
    const std::string other_year = f.dir.file("plan.mandalart.sync-conflict-20260310-101500-ABCDEFG.json");
    write_all(other_year, encode_plan(make_example_plan(2027)));
    const std::string broken = f.dir.file("plan.mandalart (conflicted copy).json");
    write_all(broken, "{\"format\": \"mandalart\",");
    PlanSession& s = f.open();
    REQUIRE(s.copy_offers().size() == 2);
    CHECK(s.copy_offers()[0].error.find("cut short") != std::string::npos);
    CHECK(s.copy_offers()[1].error == "plans of different years (2026 and 2027) are not merged");
    const std::string before = read_all(f.path);
    s.merge_copy(other_year, 1.0);
    CHECK(read_all(f.path) == before);
    CHECK(std::filesystem::exists(other_year));
    CHECK(s.notice().detail == "plans of different years (2026 and 2027) are not merged");
}

TEST_CASE("a copy saved on another machine names the version both came from: the same week's tick on both gives two") {
    SessionFixture f;
    const std::string both_had = read_all(f.path);
    PlanSession& s = f.open();
    REQUIRE(s.apply(SetCount{9, 1, 1, 1}, 0.0).empty());  // the laptop
    s.tick(2.0);
    REQUIRE_FALSE(s.document().dirty());
    Plan desktop = make_example_plan(2026);  // the desktop, from the same version
    desktop.weeks[9].counts["a1.1"] = 1;
    const std::string copy = f.dir.file("plan.mandalart.sync-conflict-20260310-101500-ABCDEFG.json");
    write_all(copy, encode_plan(desktop, {name_hash(both_had)}));
    s.look_for_conflict_copies();
    REQUIRE(s.copy_offers().size() == 1);
    CHECK(s.copy_offers()[0].brings.ticks == 1);  // its tick adds to mine
    s.merge_copy(copy, 3.0);
    CHECK(s.document().plan().count(9, 1, 1) == 2);
    CHECK(load_plan_file(f.path).plan.count(9, 1, 1) == 2);
}
