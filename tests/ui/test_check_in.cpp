// The check-in tab, headless: keyboard into the real App, edits into the document and the file.
#include <catch2/catch.hpp>

#include "app_fixture.hpp"
#include "core/example_plan.hpp"
#include "ui/cell_painter.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

// The example plan: 1.1 "3/week", 1.2 "7/week", 1.3 "5/week", 1.4 "5/week", 1.5 once,
// 1.6 once, 1.7 none, 1.8 "2/month". The fixture's today is in 2026-W10; last week holds a note,
// so the tab opens on this week (an unrecorded last week would be offered first).
Plan checked_in_last_week() {
    Plan plan = make_example_plan(2026);
    plan.weeks[9].note = "지난주";
    return plan;
}

struct CheckIn : AppFixture {
    CheckIn() : AppFixture(checked_in_last_week()) { ui->key(Key::Num2, true); }
    int count(int n, int m) const { return plan().count(app->check_in().week(), n, m); }
};

}  // namespace

TEST_CASE("Ctrl+2 opens the check-in on this week; Ctrl+1 goes back to the chart") {
    CheckIn f;
    CHECK(f.app->tab() == ui::Tab::CheckIn);
    CHECK(f.app->check_in().week() == 10);
    CHECK(f.app->check_in().selected() == 0);  // action 1.1
    f.ui->key(Key::Num1, true);
    CHECK(f.app->tab() == ui::Tab::Chart);
    f.ui->key(Key::Num2, true);
    CHECK(f.app->tab() == ui::Tab::CheckIn);
}

TEST_CASE("Space cycles a weekly row 0 → N → 0, +/- change the count, every change is undoable") {
    CheckIn f;
    f.ui->key(Key::Space);
    CHECK(f.count(1, 1) == 1);
    f.ui->key(Key::Space);
    f.ui->key(Key::Space);
    CHECK(f.count(1, 1) == 3);
    f.ui->key(Key::Space);  // all three boxes ticked: Space takes them back
    CHECK(f.count(1, 1) == 0);
    for (int i = 0; i < 3; ++i) f.ui->key(Key::Space);
    CHECK(f.count(1, 1) == 3);
    f.ui->key(Key::Equal);  // + goes past the target (it was done four times)
    CHECK(f.count(1, 1) == 4);
    f.ui->key(Key::Minus);
    f.ui->key(Key::KeypadSubtract);
    CHECK(f.count(1, 1) == 2);
    f.ui->key(Key::Z, true);  // undo the last −
    CHECK(f.count(1, 1) == 3);
    f.ui->key(Key::Z, true, true);  // redo
    CHECK(f.count(1, 1) == 2);
    CHECK(f.app->document().dirty());
    f.ui->wait(2.0);  // autosaved like any other edit
    CHECK_FALSE(f.app->document().dirty());
    const LoadedPlan saved = load_plan_file(f.path);
    REQUIRE(saved.error.empty());
    CHECK(saved.plan.count(10, 1, 1) == 2);
}

TEST_CASE("arrows move between actions (skipping none items) and between weeks") {
    CheckIn f;
    for (int i = 0; i < 6; ++i) f.ui->key(Key::Down);  // 1.2 … 1.6, then past 1.7 (none) to 1.8
    CHECK(f.app->check_in().selected() == 7);
    f.ui->key(Key::Space);  // 2/month: Space adds one
    f.ui->key(Key::KeypadAdd);
    CHECK(f.count(1, 8) == 2);
    f.ui->key(Key::Up);  // past 1.7 (none) to 1.6, once
    CHECK(f.app->check_in().selected() == 5);
    f.ui->key(Key::Space);
    CHECK(f.count(1, 6) == 1);
    f.ui->key(Key::Space);  // once: Space toggles
    CHECK(f.count(1, 6) == 0);

    f.ui->key(Key::Left);
    CHECK(f.app->check_in().week() == 9);
    f.ui->key(Key::Space);
    CHECK(f.plan().count(9, 1, 6) == 1);
    f.ui->key(Key::Right);
    f.ui->key(Key::Right);
    CHECK(f.app->check_in().week() == 11);
    f.ui->key(Key::Space);  // done in W09 already: a milestone is not done twice
    CHECK(f.plan().count(11, 1, 6) == 0);
    f.ui->key(Key::Home);
    CHECK(f.app->check_in().week() == 10);
    for (int i = 0; i < 60; ++i) f.ui->key(Key::Left);
    CHECK(f.app->check_in().week() == 1);  // stops at the plan's first week
}

TEST_CASE("N writes the week's note in Hangul; Esc leaves it and keeps the text") {
    CheckIn f;
    f.ui->key(Key::N);
    CHECK(f.app->check_in().editing_note());
    f.ui->type("야근이 많았지만 운동은 지켰다");
    f.ui->key(Key::Escape);
    CHECK_FALSE(f.app->check_in().editing_note());
    REQUIRE(f.plan().week_log(10) != nullptr);
    CHECK(f.plan().week_log(10)->note == "야근이 많았지만 운동은 지켰다");
    // Keys go back to the list: Space ticks again.
    f.ui->key(Key::Space);
    CHECK(f.count(1, 1) == 1);
    f.ui->key(Key::Z, true);
    f.ui->key(Key::Z, true);
    CHECK(f.plan().week_log(10) == nullptr);  // the note was one undoable edit
}

TEST_CASE("a note being typed is saved after a pause, without leaving the field") {
    CheckIn f;
    f.ui->key(Key::N);
    f.ui->type("메모");
    CHECK(f.app->check_in().editing_note());
    for (int i = 0; i < 90; ++i) f.ui->frame();  // 1.5 s of frames at 60 Hz
    REQUIRE(f.plan().week_log(10) != nullptr);
    CHECK(f.plan().week_log(10)->note == "메모");
    CHECK(f.app->check_in().editing_note());
}

TEST_CASE("S skips the week and takes the skip back") {
    CheckIn f;
    f.ui->key(Key::S);
    REQUIRE(f.plan().week_log(10) != nullptr);
    CHECK(f.plan().week_log(10)->skipped);
    f.ui->key(Key::S);
    CHECK(f.plan().week_log(10) == nullptr);
    CHECK(f.app->document().can_undo());
}

TEST_CASE("the chart's progress follows the numbers and the toggle hides it") {
    Plan plan = make_example_plan(2026);
    simulate_check_ins(plan, 9);
    AppFixture f(plan);
    const PlanStats stats = plan_stats(plan, kFixtureToday);
    REQUIRE(stats.overall.has_value());
    const Document& doc = f.app->document();
    const auto context = [&](bool show) {
        return ui::ViewContext{doc, Language::Korean, Theme::Light, f.app->fonts(), 1.0f, kFixtureToday, f.app->stats(), show};
    };
    CHECK(ui::cell_progress(context(true), CellAddress::core()) == stats.overall);
    CHECK(ui::cell_progress(context(true), CellAddress::goal(2)) == stats.goal(2).completion);
    CHECK(ui::cell_progress(context(true), CellAddress::act(2, 1)) == stats.action(2, 1).completion);
    CHECK_FALSE(ui::cell_progress(context(true), CellAddress::act(1, 7)).has_value());  // none
    CHECK_FALSE(ui::cell_progress(context(false), CellAddress::core()).has_value());
    const bool before = f.app->settings().show_progress;
    f.ui->key(Key::P, true, true);  // Ctrl+Shift+P
    CHECK(f.app->settings().show_progress != before);
}

TEST_CASE("opened after a week that went by unrecorded, the check-in offers that week first, in one dismissible line") {
    AppFixture f(make_example_plan(2026));  // nothing recorded in 2026-W09; today is in W10
    f.ui->key(Key::Num2, true);
    CHECK(f.app->check_in().week() == 9);
    CHECK(f.app->check_in().offered_week() == 9);
    f.ui->key(Key::Space);  // ticking fills last week, where the user meant it to go
    CHECK(f.plan().count(9, 1, 1) == 1);
    CHECK(f.plan().count(10, 1, 1) == 0);
    f.ui->key(Key::Home);  // on to this week
    CHECK(f.app->check_in().week() == 10);
}

TEST_CASE("a recorded or skipped last week is not offered: the check-in opens on this week") {
    Plan plan = make_example_plan(2026);
    plan.weeks[9].skipped = true;
    AppFixture f(plan);
    f.ui->key(Key::Num2, true);
    CHECK(f.app->check_in().week() == 10);
    CHECK(f.app->check_in().offered_week() == 0);
}

TEST_CASE("a Hangul week note typed with pauses in it is one undo step") {
    CheckIn f;
    f.ui->key(Key::Space);  // a tick first: undo must stop there
    f.ui->key(Key::N);
    f.ui->type("메");
    for (int i = 0; i < 90; ++i) f.ui->frame();  // a pause: saved as it stands
    REQUIRE(f.plan().week_log(10) != nullptr);
    CHECK(f.plan().week_log(10)->note == "메");
    f.ui->type("모 남김");
    for (int i = 0; i < 90; ++i) f.ui->frame();
    f.ui->type("!");
    f.ui->key(Key::Escape);
    CHECK(f.plan().week_log(10)->note == "메모 남김!");
    f.ui->key(Key::Z, true);  // the whole note, at once
    REQUIRE(f.plan().week_log(10) != nullptr);
    CHECK(f.plan().week_log(10)->note.empty());
    CHECK(f.count(1, 1) == 1);  // the tick stays
    f.ui->key(Key::Z, true, true);  // redo brings the whole note back
    CHECK(f.plan().week_log(10)->note == "메모 남김!");
    // A second edit of the same note later is a step of its own.
    f.ui->key(Key::N);
    f.ui->key(Key::End, true);
    f.ui->type(" 또");
    f.ui->key(Key::Escape);
    CHECK(f.plan().week_log(10)->note == "메모 남김! 또");
    f.ui->key(Key::Z, true);
    CHECK(f.plan().week_log(10)->note == "메모 남김!");
}
