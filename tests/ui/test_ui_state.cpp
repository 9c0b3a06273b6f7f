// The one-line state the window publishes for the programs that drive it (ui/ui_state): each word
// follows what is on screen, so a test can wait for it instead of for time.
#include <catch2/catch.hpp>

#include "../storage/plan_fixtures.hpp"
#include "app_fixture.hpp"
#include "core/example_plan.hpp"
#include "ui/input_mode_badge.hpp"
#include "ui/strings.hpp"
#include "ui/text_input.hpp"
#include "ui/ui_state.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

bool has(const std::string& state, const std::string& word) { return (" " + state + " ").find(" " + word + " ") != std::string::npos; }

}  // namespace

TEST_CASE("the UI state names the view, an open edit, unsaved changes and the prompt on screen") {
    AppFixture f(make_example_plan(2026));
    std::string s = ui::describe_ui_state(*f.app);
    CHECK(has(s, "view=chart"));
    CHECK(has(s, "editing=0"));
    CHECK(has(s, "dirty=0"));
    CHECK(has(s, "modal=-"));
    CHECK(has(s, "composing=0"));

    f.ui->key(Key::Enter);  // edit the core goal
    s = ui::describe_ui_state(*f.app);
    CHECK(has(s, "editing=1"));
    CHECK(has(s, "text=1"));
    f.ui->type("새 목표");
    f.ui->key(Key::Enter);
    s = ui::describe_ui_state(*f.app);
    CHECK(has(s, "editing=0"));
    CHECK(has(s, "dirty=1"));

    f.ui->key(Key::Num2, true);  // Ctrl+2: the check-in list
    CHECK(has(ui::describe_ui_state(*f.app), "view=checkin"));
    f.ui->key(Key::Num3, true);
    CHECK(has(ui::describe_ui_state(*f.app), "view=review"));
    f.ui->key(Key::Num1, true);
    CHECK(has(ui::describe_ui_state(*f.app), "view=chart"));

    f.ui->key(Key::S, true);  // saved: nothing unsaved any more
    CHECK(has(ui::describe_ui_state(*f.app), "dirty=0"));
}

TEST_CASE("the UI state names a modal prompt by its id, not by its translated title") {
    AppFixture f(make_example_plan(2026));
    Plan theirs = make_example_plan(2026);
    theirs.title = "다른 프로그램";
    write_all(f.path, encode_plan(theirs));  // another program writes the plan
    f.ui->key(Key::Enter);
    f.ui->type("내 변경");
    f.ui->key(Key::Enter);
    f.ui->wait(2.0);  // the autosave finds the file changed and asks
    REQUIRE(f.app->conflict());
    f.ui->frames(3);
    CHECK(has(ui::describe_ui_state(*f.app), "modal=conflict"));
}

TEST_CASE("the input method's mode shows by the caret as 한 or A, only where text goes, and in the UI state") {
    AppFixture f(make_example_plan(2026));
    // What the frame draws over everything, with the input method in `mode`.
    const auto overlay_with = [&](ui::InputMode mode) {
        ui::text_input().mode = mode;
        f.ui->frames(1);
        return ImGui::GetForegroundDrawList()->VtxBuffer.Size;
    };
    f.ui->key(Key::Enter);  // edit the core goal
    const int without = overlay_with(ui::InputMode::Unknown);  // no input method: no badge
    CHECK(has(ui::describe_ui_state(*f.app), "mode=-"));
    CHECK(overlay_with(ui::InputMode::Native) > without);
    CHECK(has(ui::describe_ui_state(*f.app), "mode=native"));
    CHECK(overlay_with(ui::InputMode::Latin) > without);
    CHECK(has(ui::describe_ui_state(*f.app), "mode=latin"));

    f.ui->key(Key::Escape);
    f.ui->key(Key::Num2, true);  // the check-in list: letters are commands, no text goes anywhere
    CHECK(has(ui::describe_ui_state(*f.app), "text=0"));
    CHECK(overlay_with(ui::InputMode::Native) == overlay_with(ui::InputMode::Unknown));
    ui::text_input().mode = ui::InputMode::Unknown;
}

TEST_CASE("the mode badge sits just below the caret, inside the window, with the mode's letter") {
    AppFixture f(make_example_plan(2026));
    ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    const ImRect window(ImVec2(0, 0), ImVec2(800, 600));
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.PushClipRectFullScreen();
    list.PushTexture(ImGui::GetIO().Fonts->TexRef);
    const ui::TextInputRequest caret{true, ImVec2(100, 200), 20.0f};
    const ImRect badge = ui::draw_input_mode_badge(list, caret, ui::InputMode::Native, font, window);
    CHECK(badge.Min.y >= 220.0f);  // below the caret's line, not over the text
    CHECK(badge.Min.y <= 226.0f);
    CHECK(badge.Min.x >= 100.0f);
    CHECK(badge.Min.x <= 106.0f);
    CHECK(badge.GetHeight() >= 11.0f);
    // At the window's bottom-right corner it stays inside.
    const ImRect corner = ui::draw_input_mode_badge(list, {true, ImVec2(795, 590), 20.0f}, ui::InputMode::Latin, font, window);
    CHECK(window.Contains(corner));
    // Nothing where no text goes, or when the input method has not said its mode.
    CHECK(ui::draw_input_mode_badge(list, {false, ImVec2(100, 200), 20.0f}, ui::InputMode::Native, font, window).GetWidth() == 0.0f);
    CHECK(ui::draw_input_mode_badge(list, caret, ui::InputMode::Unknown, font, window).GetWidth() == 0.0f);
    CHECK(std::string(ui::tr(ui::Str::InputModeNative, Language::English)) == "한");
    CHECK(std::string(ui::tr(ui::Str::InputModeLatin, Language::Korean)) == "A");
}
