#include <catch2/catch.hpp>
#include <set>

#include "core/chart_texts.hpp"
#include "core/document.hpp"
#include "core/example_plan.hpp"

using namespace mandalart;

TEST_CASE("a blank plan has stable distinct ids and default colours") {
    const Plan plan = make_blank_plan(2026);
    std::set<std::string> ids;
    for (const SubGoal& g : plan.sub_goals) {
        ids.insert(g.id);
        for (const Action& a : g.actions) ids.insert(a.id);
    }
    CHECK(ids.size() == 72);
    CHECK(plan.goal(3).colour == default_sub_goal_colours()[2]);
}

TEST_CASE("a sub-goal is one value shown in two cells") {
    Document doc(make_blank_plan(2026), "");
    REQUIRE(doc.apply(SetText{CellAddress::goal(3), "영어 실력"}).empty());
    const ChartTexts grid = chart_texts(doc.plan());
    for (const GridPos p : sub_goal_positions(3)) CHECK(grid[p.row][p.col] == "영어 실력");
    int shown = 0;
    for (const auto& row : grid)
        for (const auto& text : row) shown += text == "영어 실력";
    CHECK(shown == 2);
}

TEST_CASE("undo and redo walk every kind of edit back and forth") {
    Document doc(make_blank_plan(2026), "p.mandalart.json");
    const Plan before = doc.plan();
    CHECK_FALSE(doc.dirty());
    REQUIRE(doc.apply(SetText{CellAddress::core(), "성장하는 개발자"}).empty());
    REQUIRE(doc.apply(SetText{CellAddress::act(2, 5), "Rust 공부"}).empty());
    REQUIRE(doc.apply(SetTarget{2, 5, Target{TargetKind::PerMonth, 2}}).empty());
    REQUIRE(doc.apply(SetNote{2, 5, "주말에"}).empty());
    REQUIRE(doc.apply(SetColour{2, Colour{1, 2, 3}}).empty());
    REQUIRE(doc.apply(SetTitle{"올해"}).empty());
    const Plan after = doc.plan();
    CHECK(doc.dirty());
    CHECK(after.action(2, 5).target == Target{TargetKind::PerMonth, 2});

    int undone = 0;
    while (doc.undo()) ++undone;
    CHECK(undone == 6);
    CHECK(doc.plan() == before);
    CHECK_FALSE(doc.dirty());
    while (doc.redo()) {}
    CHECK(doc.plan() == after);
    CHECK(doc.dirty());
}

TEST_CASE("the dirty flag follows the saved point, and a new edit drops the redo branch") {
    Document doc(make_blank_plan(2026), "");
    doc.apply(SetText{CellAddress::core(), "a"});
    doc.mark_saved();
    CHECK_FALSE(doc.dirty());
    doc.apply(SetText{CellAddress::core(), "b"});
    CHECK(doc.dirty());
    doc.undo();
    CHECK_FALSE(doc.dirty());
    doc.undo();
    CHECK(doc.dirty());
    doc.apply(SetText{CellAddress::core(), "c"});  // the saved state "a" can no longer be reached
    CHECK_FALSE(doc.can_redo());
    CHECK(doc.dirty());
    doc.undo();
    CHECK(doc.plan().core.empty());
    CHECK(doc.dirty());
}

TEST_CASE("edits that change nothing are not recorded") {
    Document doc(make_blank_plan(2026), "");
    CHECK(doc.apply(SetText{CellAddress::core(), ""}).empty());
    CHECK_FALSE(doc.can_undo());
    CHECK_FALSE(doc.dirty());
}

TEST_CASE("invalid edits are refused with a reason and change nothing") {
    Document doc(make_blank_plan(2026), "");
    const Plan before = doc.plan();
    CHECK(doc.apply(SetText{CellAddress::core(), std::string(201, 'a')}) == "text too long: 201 characters, at most 200");
    std::string hangul_200;
    for (int i = 0; i < 200; ++i) hangul_200 += "가";
    CHECK(doc.apply(SetText{CellAddress::act(1, 1), hangul_200}).empty());
    doc.undo();
    CHECK(doc.apply(SetText{CellAddress::act(1, 1), "bad \xFF"}) == "invalid UTF-8 at byte 4");
    CHECK(doc.apply(SetText{CellAddress::act(1, 1), "tab\there"}) == "control characters are not allowed");
    CHECK(doc.apply(SetTarget{1, 1, Target{TargetKind::PerWeek, 8}}) == "target 8/week out of range (1..7)");
    CHECK(doc.apply(SetTarget{9, 1, Target{TargetKind::PerWeek, 1}}) == "no such action 9.1");
    CHECK(doc.apply(SetColour{0, Colour{}}) == "no such sub-goal 0");
    CHECK(doc.apply(SetNote{1, 1, std::string(2001, 'n')}) == "text too long: 2001 characters, at most 2000");
    CHECK(doc.plan() == before);
    CHECK_FALSE(doc.can_undo());
}

TEST_CASE("a read-only document refuses edits") {
    Document doc(make_blank_plan(2026), "");
    doc.set_read_only(true);
    CHECK(doc.apply(SetText{CellAddress::core(), "x"}) == "the plan is open read-only");
}

TEST_CASE("the example plan fills all 81 cells with Korean text and varied targets") {
    const Plan plan = make_example_plan(2026);
    for (const auto& row : chart_texts(plan))
        for (const auto& text : row) CHECK_FALSE(text.empty());
    std::set<TargetKind> kinds;
    for (const SubGoal& g : plan.sub_goals)
        for (const Action& a : g.actions) kinds.insert(a.target.kind);
    CHECK(kinds.size() == 5);
}

TEST_CASE("an amend joins the last step only when it sets the same note") {
    Plan plan = make_blank_plan(2026);
    plan.action(1, 1).text = "물";
    Document doc(plan, "");
    REQUIRE(doc.apply(SetCount{10, 1, 1, 1}).empty());
    REQUIRE(doc.apply(SetWeekNote{10, "메"}).empty());
    REQUIRE(doc.apply(SetWeekNote{10, "메모"}, true).empty());
    REQUIRE(doc.apply(SetReflection{0, "회고"}, true).empty());  // another note: a step of its own
    REQUIRE(doc.undo());
    CHECK(doc.plan().reflection.empty());
    CHECK(doc.plan().week_log(10)->note == "메모");
    REQUIRE(doc.undo());
    CHECK(doc.plan().week_log(10)->note.empty());
    CHECK(doc.plan().count(10, 1, 1) == 1);
    REQUIRE(doc.redo());
    CHECK(doc.plan().week_log(10)->note == "메모");
    // After an undo, an amend does not reach into the redo branch: it is a new step.
    REQUIRE(doc.undo());
    REQUIRE(doc.apply(SetWeekNote{10, "다른"}, true).empty());
    CHECK_FALSE(doc.can_redo());
    REQUIRE(doc.undo());
    CHECK(doc.plan().week_log(10)->note.empty());
}
