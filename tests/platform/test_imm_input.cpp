// Korean input through IMM32 (platform/windows/imm_input_method) behind the input layer, driven
// through a stand-in for the IMM calls that answers as Windows does: CPS_COMPLETE sends the
// result (WM_IME_COMPOSITION with GCS_RESULTSTR, then WM_IME_ENDCOMPOSITION) before it returns.
// The same behaviours as IBus and Fcitx5 on Linux (test_input_layer): the syllable is finished
// before Enter, Tab, an arrow, a click, Ctrl+S act and when focus leaves; Esc cancels it.
#include <catch2/catch.hpp>

#include "core/wide_text.hpp"
#include "layer_frames.hpp"
#include "platform/windows/imm_input_method.hpp"

using namespace mandalart;
using namespace mandalart::platform;
using mandalart::testing::LayerFrames;
using mandalart::testing::pressed_in;
using ui::Key;

namespace {

struct StandInImm final : ImmCalls {
    ImmInputMethod* method = nullptr;
    std::wstring result, shown;
    int caret = 0, completes = 0, cancels = 0;
    bool enabled = false, answers = true;
    ui::InputMode current = ui::InputMode::Native;
    int x = -1, y = -1, height = -1;

    std::wstring result_text() override { return result; }
    std::wstring composition_text() override { return shown; }
    int composition_caret() override { return caret; }
    void complete() override {
        ++completes;
        if (!answers || shown.empty()) return;
        result = std::exchange(shown, L"");
        method->composition(true, false);
        method->ended();
    }
    void cancel() override {
        ++cancels;
        shown.clear();
        method->ended();
    }
    void enable(bool on) override { enabled = on; }
    void place(int px, int py, int h) override { x = px, y = py, height = h; }
    ui::InputMode mode() override { return current; }

    // What WM_IME_COMPOSITION carries while a syllable is typed.
    void type(const std::string& composing) {
        shown = wide_text(composing);
        caret = static_cast<int>(shown.size());
        method->composition(false, true);
    }
};

struct ImmFrames : LayerFrames {
    StandInImm imm;
    ImmFrames() {
        auto method = std::make_unique<ImmInputMethod>(layer, imm);
        imm.method = method.get();
        layer.attach(std::move(method));
        layer.update(ui::TextInputRequest{true, ImVec2(10, 20), 16.0f}, 100, 200);
    }
    ~ImmFrames() { layer.attach(nullptr); }
    // A key Windows did not give to the input method (not VK_PROCESSKEY): GLFW's key reaches the layer.
    void key(Key k, int mods = 0) {
        layer.key(k, ImeKey{0, static_cast<std::uint32_t>(ui::key_index(k)), 0, false}, true, mods);
        layer.key(k, ImeKey{0, static_cast<std::uint32_t>(ui::key_index(k)), 0, true}, false, mods);
    }
};

}  // namespace

TEST_CASE("IMM32: the composition is shown in the cell, the candidate window placed at the caret") {
    ImmFrames f;
    CHECK(f.imm.enabled);  // the field takes text: the input context is on
    CHECK(f.imm.x == 110);
    CHECK(f.imm.y == 220);
    CHECK(f.imm.height == 16);
    f.imm.type("ㄱ");
    f.frame();
    CHECK(f.composition.text == "ㄱ");
    f.imm.type("가");
    const auto seen = f.frame();
    CHECK(seen.text.empty());
    CHECK(f.composition.text == "가");
    CHECK(f.composition.caret == 3);  // bytes of UTF-8 before the caret
}

TEST_CASE("IMM32: a result and the next syllable in one message keep their order") {
    ImmFrames f;
    f.imm.result = L"가";
    f.imm.shown = L"ㄴ";
    f.imm.caret = 1;
    f.imm.method->composition(true, true);
    CHECK(f.frame().text == "가");
    f.frame();  // the next event, the next frame
    CHECK(f.composition.text == "ㄴ");
}

TEST_CASE("IMM32: Enter, Tab, an arrow and Ctrl+S finish the syllable first, then act") {
    for (const auto& [key, mods] : {std::pair{Key::Enter, 0}, {Key::Tab, 0}, {Key::Right, 0}, {Key::S, kModCtrl}}) {
        ImmFrames f;
        f.imm.type("한");
        f.frame();
        f.key(key, mods);
        const auto first = f.frame();
        CHECK(f.imm.completes == 1);
        CHECK(first.text == "한");
        CHECK_FALSE(pressed_in(first, key));
        const auto second = f.frame();
        CHECK(pressed_in(second, key));
        CHECK(f.composition.text.empty());
    }
}

TEST_CASE("IMM32: Esc cancels the syllable and does nothing else") {
    ImmFrames f;
    f.imm.type("ㅎ");
    f.frame();
    f.key(Key::Escape);
    const auto first = f.frame(), second = f.frame();
    CHECK(f.imm.cancels == 1);
    CHECK(first.text.empty());
    CHECK_FALSE(pressed_in(first, Key::Escape));
    CHECK_FALSE(pressed_in(second, Key::Escape));
    CHECK(f.composition.text.empty());
    f.key(Key::Escape);  // with nothing composed, Esc is the UI's
    CHECK(pressed_in(f.frame(), Key::Escape));
}

TEST_CASE("IMM32: a click and leaving the window finish the syllable where it is") {
    ImmFrames f;
    f.imm.type("글");
    f.frame();
    f.layer.mouse_button(0, true, ImVec2(5, 5));
    CHECK(f.frame().text == "글");
    f.layer.mouse_button(0, false, ImVec2(5, 5));
    f.frame();
    f.imm.type("쓰");
    f.frame();
    f.layer.window_focus(false);
    std::string typed;
    for (int i = 0; i < 3; ++i) typed += f.frame().text;
    CHECK(typed == "쓰");
    CHECK_FALSE(f.imm.enabled);  // out of the window: the input context is off
}

TEST_CASE("IMM32: a syllable the input method does not hand back on completion is still typed") {
    ImmFrames f;
    f.imm.answers = false;
    f.imm.type("말");
    f.frame();
    f.key(Key::Enter);
    const auto first = f.frame();
    CHECK(first.text == "말");
    CHECK(pressed_in(f.frame(), Key::Enter));
}

TEST_CASE("IMM32: where letters are commands the input context is off; its mode shows in the badge") {
    ImmFrames f;
    f.imm.current = ui::InputMode::Latin;
    f.imm.method->mode_changed();
    CHECK(f.layer.input_mode() == ui::InputMode::Latin);
    f.imm.current = ui::InputMode::Unknown;  // no IME on this keyboard: no badge
    f.imm.method->mode_changed();
    CHECK(f.layer.input_mode() == ui::InputMode::Unknown);
    f.layer.update(ui::TextInputRequest{false, ImVec2(0, 0), 16.0f}, 100, 200);
    CHECK_FALSE(f.imm.enabled);
    f.key(Key::C);
    CHECK(pressed_in(f.frame(), Key::C));
}
