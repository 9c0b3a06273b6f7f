// The editor, headless: keyboard and mouse through ImGuiIO into the real App.
#include <catch2/catch.hpp>

#include "app_fixture.hpp"
#include "core/example_plan.hpp"
#include "core/layout.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

struct Fixture : AppFixture {
    ui::App& app;
    explicit Fixture(bool example = false)
        : AppFixture(example ? std::optional<Plan>(make_example_plan(2026)) : std::nullopt), app(*AppFixture::app) {}
    GridPos selection() const { return app.chart().selection(); }
};

}  // namespace

TEST_CASE("the selection starts on the core goal and arrow keys reach all 81 cells") {
    Fixture f;
    CHECK(f.selection() == GridPos{4, 4});
    for (int i = 0; i < 4; ++i) f.ui->key(Key::Up);
    for (int i = 0; i < 4; ++i) f.ui->key(Key::Left);
    REQUIRE(f.selection() == GridPos{0, 0});
    std::set<std::pair<int, int>> visited;
    for (int r = 0; r < 9; ++r) {
        for (int c = 0; c < 8; ++c) {
            visited.insert({f.selection().row, f.selection().col});
            f.ui->key(r % 2 == 0 ? Key::Right : Key::Left);
        }
        visited.insert({f.selection().row, f.selection().col});
        f.ui->key(Key::Down);
    }
    CHECK(visited.size() == 81);
    f.ui->key(Key::Down);  // the edge holds
    CHECK(f.selection().row == 8);
}

TEST_CASE("Tab and Shift+Tab walk the filling order and wrap") {
    Fixture f;
    f.ui->key(Key::Tab);
    CHECK(address_at(f.selection()) == CellAddress::goal(1));
    for (int i = 0; i < 8; ++i) f.ui->key(Key::Tab);
    CHECK(address_at(f.selection()) == CellAddress::act(1, 1));
    f.ui->key(Key::Tab, false, true);
    f.ui->key(Key::Tab, false, true);
    CHECK(address_at(f.selection()) == CellAddress::goal(7));
    for (int i = 0; i < 7; ++i) f.ui->key(Key::Tab, false, true);
    CHECK(address_at(f.selection()) == CellAddress::core());
    f.ui->key(Key::Tab, false, true);
    CHECK(address_at(f.selection()) == CellAddress::act(8, 8));
}

TEST_CASE("Enter edits, typed Hangul goes in order, Enter commits, Esc cancels") {
    Fixture f;
    f.ui->key(Key::Enter);
    REQUIRE(f.app.chart().editing());
    f.ui->type("성장하는 개발자");
    f.ui->key(Key::Enter);
    CHECK_FALSE(f.app.chart().editing());
    CHECK(f.plan().core == "성장하는 개발자");

    f.ui->key(Key::F2);
    REQUIRE(f.app.chart().editing());
    f.ui->type(" 되기");
    f.ui->key(Key::Escape);
    CHECK_FALSE(f.app.chart().editing());
    CHECK(f.plan().core == "성장하는 개발자");
}

TEST_CASE("typing on a selected cell starts an edit with that character and keeps every keystroke") {
    Fixture f;
    f.ui->key(Key::Tab);  // sub-goal 1
    // All characters arrive before the text field has focus: none may be lost or reordered.
    for (const char32_t c : decode_utf8("건강한")) ImGui::GetIO().AddInputCharacter(static_cast<unsigned int>(c));
    f.ui->frame();
    f.ui->type(" 몸");
    f.ui->key(Key::Enter);
    CHECK(f.plan().goal(1).text == "건강한 몸");
}

TEST_CASE("Shift+Enter breaks the line; Tab commits and moves on") {
    Fixture f;
    f.ui->key(Key::Tab);
    f.ui->type("건강");
    f.ui->key(Key::Enter, false, true);
    f.ui->type("체력");
    f.ui->key(Key::Tab);
    CHECK(f.plan().goal(1).text == "건강\n체력");
    CHECK(address_at(f.selection()) == CellAddress::goal(2));
    CHECK_FALSE(f.app.chart().editing());
}

TEST_CASE("a sub-goal is edited as one value from either of its cells") {
    Fixture f;
    const auto both = sub_goal_positions(3);
    // The outer copy: block 3's centre.
    for (int i = 0; i < 3; ++i) f.ui->key(Key::Up);
    for (int i = 0; i < 3; ++i) f.ui->key(Key::Right);
    REQUIRE(f.selection() == both[1]);
    f.ui->type("영어");
    f.ui->key(Key::Enter);
    CHECK(f.plan().goal(3).text == "영어");
    f.ui->click(ImVec2((f.app.chart().geometry().cell_min(both[0]).x + f.app.chart().geometry().cell_max(both[0]).x) / 2,
                       (f.app.chart().geometry().cell_min(both[0]).y + f.app.chart().geometry().cell_max(both[0]).y) / 2));
    CHECK(f.selection() == both[0]);
    f.ui->key(Key::Enter);
    f.ui->type(" 실력");
    f.ui->key(Key::Enter);
    CHECK(f.plan().goal(3).text == "영어 실력");
}

TEST_CASE("Delete clears a cell; Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo it") {
    Fixture f(true);
    REQUIRE(f.plan().core == "성장하는 개발자");
    f.ui->key(Key::Delete);
    CHECK(f.plan().core.empty());
    f.ui->key(Key::Z, true);
    CHECK(f.plan().core == "성장하는 개발자");
    f.ui->key(Key::Z, true, true);
    CHECK(f.plan().core.empty());
    f.ui->key(Key::Z, true);
    f.ui->key(Key::Y, true);
    CHECK(f.plan().core.empty());
}

TEST_CASE("double-click edits a cell in place; clicking elsewhere commits") {
    Fixture f;
    const auto& g = f.app.chart().geometry();
    const auto centre = [&](GridPos p) {
        return ImVec2((g.cell_min(p).x + g.cell_max(p).x) / 2, (g.cell_min(p).y + g.cell_max(p).y) / 2);
    };
    f.ui->click(centre({0, 0}), 2);
    REQUIRE(f.app.chart().editing());
    f.ui->type("주 3회 운동");
    f.ui->click(centre({8, 8}));
    CHECK(f.plan().action(1, 1).text == "주 3회 운동");
    CHECK(f.selection() == GridPos{8, 8});
}

TEST_CASE("edits are autosaved within 2 seconds") {
    Fixture f;
    f.ui->key(Key::Enter);
    f.ui->type("자동 저장");
    f.ui->key(Key::Enter);
    CHECK(f.app.document().dirty());
    f.ui->wait(2.0);
    CHECK_FALSE(f.app.document().dirty());
    CHECK(load_plan_file(f.path).plan.core == "자동 저장");
}

// [linux]: the folder is removed under the open plan, which Windows refuses while its lock is open.
TEST_CASE("a failed autosave keeps the changes, says so in the title, and quitting asks", "[linux]") {
    Fixture f;
    f.ui->key(Key::Enter);
    f.ui->type("저장 안 됨");
    f.ui->key(Key::Enter);
    std::filesystem::remove_all(f.dir.path());  // the folder is gone: saving must fail
    f.ui->wait(2.0);
    CHECK(f.app.document().dirty());
    CHECK_FALSE(f.app.save_error().empty());
    CHECK(f.app.window_title().find("저장 실패") != std::string::npos);
    CHECK(f.plan().core == "저장 안 됨");
    f.ui->key(Key::Q, true);
    CHECK_FALSE(f.app.should_quit());
}

TEST_CASE("Ctrl+Enter opens the focus view of the selected block and Esc returns") {
    Fixture f(true);
    f.ui->key(Key::Up);
    f.ui->key(Key::Up);  // block 2
    f.ui->key(Key::Enter, true);
    REQUIRE(f.app.in_focus_view());
    CHECK(f.app.focus().sub_goal() == 2);
    f.ui->key(Key::Right);
    f.ui->type("새 실천");  // typing replaces the selected cell
    f.ui->key(Key::Enter);
    CHECK(f.plan().action(2, 5).text == "새 실천");
    f.ui->key(Key::Escape);
    CHECK_FALSE(f.app.in_focus_view());
}

TEST_CASE("an action's note in the focus view is kept on Enter, and on Esc, as every note field") {
    Fixture f(true);
    f.app.show_focus(3);
    f.ui->frames(2);
    REQUIRE(f.plan().action(3, 2).note.empty());
    REQUIRE(f.plan().action(3, 4).note.empty());
    f.ui->click(f.app.focus().note_centre(2));
    f.ui->type("아침 6시");
    f.ui->key(Key::Enter);
    CHECK(f.plan().action(3, 2).note == "아침 6시");
    f.ui->click(f.app.focus().note_centre(4));
    f.ui->type("메모 🏃");
    f.ui->key(Key::Escape);  // leaves the field keeping what was typed
    f.ui->frames(2);
    CHECK(f.plan().action(3, 4).note == "메모 🏃");
    CHECK(f.app.in_focus_view());  // Esc left the field, not the view
}
