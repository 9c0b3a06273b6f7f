// Conflicts kept in the plan: where each is, its values, and resolving it as an undoable edit.
#include <catch2/catch.hpp>

#include "core/document.hpp"
#include "core/merge.hpp"
#include "written_plan.hpp"

using namespace mandalart;
using mandalart::testing::written_plan;

namespace {

Plan with_conflicts() {
    Plan plan = written_plan(2026);
    plan.action(3, 5).note = "아침에";
    plan.weeks[12].note = "이쪽";
    plan.conflicts = {{ConflictField::ActionNote, "a3.5", 0, "저녁에"},
                      {ConflictField::GoalColour, "g2", 0, "#AABBCC"},
                      {ConflictField::WeekNote, "", 12, "그쪽"},
                      {ConflictField::ActionTarget, "a1.1", 0, "3/week"}};
    return plan;
}

}  // namespace

TEST_CASE("a conflict names its place by id, so it follows the action") {
    Plan plan = with_conflicts();
    CHECK(conflict_where(plan, plan.conflicts[0]) == "3.5 note");
    CHECK(conflict_value(plan, plan.conflicts[0]) == "아침에");
    CHECK(conflict_where(plan, plan.conflicts[2]) == "2026-W12 note");
    CHECK(conflict_where(plan, plan.conflicts[3]) == "1.1 target");
    CHECK(conflict_value(plan, plan.conflicts[3]) == "1/week");
    std::swap(plan.goal(3).actions[4], plan.goal(3).actions[0]);
    CHECK(conflict_where(plan, plan.conflicts[0]) == "3.1 note");
    CHECK(check_conflict(plan, {ConflictField::ActionText, "a9.9", 0, "x"}) == "no action has the id \"a9.9\"");
    CHECK(check_conflict(plan, {ConflictField::ActionTarget, "a1.1", 0, "9/week"}) != "");
    CHECK(check_conflict(plan, {ConflictField::WeekNote, "", 60, "x"}) != "");
}

TEST_CASE("take theirs and keep mine are edits that undo and redo exactly") {
    const Plan start = with_conflicts();
    Document doc(start, "p.mandalart.json");
    REQUIRE(doc.apply(ResolveConflict{0, true}).empty());  // their note
    CHECK(doc.plan().action(3, 5).note == "저녁에");
    REQUIRE(doc.plan().conflicts.size() == 3);
    REQUIRE(doc.apply(ResolveConflict{0, false}).empty());  // keep my colour
    CHECK(doc.plan().goal(2).colour == start.goal(2).colour);
    REQUIRE(doc.apply(ResolveConflict{0, true}).empty());  // their week note
    CHECK(doc.plan().weeks.at(12).note == "그쪽");
    REQUIRE(doc.apply(ResolveConflict{0, true}).empty());
    CHECK(doc.plan().action(1, 1).target == Target{TargetKind::PerWeek, 3});
    CHECK(doc.plan().conflicts.empty());
    CHECK(doc.apply(ResolveConflict{0, true}) == "no conflict 1");
    while (doc.can_undo()) doc.undo();
    CHECK(doc.plan() == start);
    while (doc.can_redo()) doc.redo();
    CHECK(doc.plan().conflicts.empty());
    CHECK(doc.plan().action(3, 5).note == "저녁에");
}

TEST_CASE("a merge comes in as one undoable step, and only a copy of the same plan can") {
    const Plan mine = written_plan(2026);
    Plan theirs = mine;
    theirs.weeks[4].counts["a1.1"] = 1;
    theirs.action(2, 2).note = "그쪽 메모";
    const MergeResult merged = merge_plans(mine, theirs, mine);
    Document doc(mine, "p.mandalart.json");
    REQUIRE(doc.apply(MergeIn{std::make_shared<const Plan>(merged.plan)}).empty());
    CHECK(doc.plan() == merged.plan);
    CHECK(doc.dirty());
    doc.undo();
    CHECK(doc.plan() == mine);
    Plan other = mine;
    other.year = 2027;
    CHECK(doc.apply(MergeIn{std::make_shared<const Plan>(other)}) == "plans of different years (2026 and 2027) are not merged");
}
