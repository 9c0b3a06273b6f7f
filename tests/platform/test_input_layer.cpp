// The input layer against a scripted input method: what reaches ImGui, frame by frame, in order.
#include <catch2/catch.hpp>

#include <X11/keysym.h>

#include <imgui.h>

#include "core/text.hpp"
#include "fake_input_method.hpp"
#include "layer_frames.hpp"
#include "platform/input_layer.hpp"

using namespace mandalart;
using namespace mandalart::platform;
using mandalart::testing::FakeInputMethod;
using mandalart::testing::LayerFrames;
using mandalart::testing::pressed_in;
using ui::Key;

namespace {

// The layer's frames (layer_frames.hpp) with the scripted input method attached.
struct Frames : LayerFrames {
    FakeInputMethod* ime = nullptr;
    Frames() {
        auto fake = std::make_unique<FakeInputMethod>(layer);
        ime = fake.get();
        layer.attach(std::move(fake));
        layer.update(ui::TextInputRequest{true, ImVec2(10, 20), 16.0f}, 100, 200);
    }
    ~Frames() { layer.attach(nullptr); }
};

}  // namespace

TEST_CASE("A syllable committed before Enter reaches the text before Enter acts") {
    Frames f;
    f.ime->script.push_back([](const ImeKey&, ImeSink& sink) {
        sink.commit("요");
        return false;  // ibus-hangul: commits, then lets Enter through
    });
    f.press(Key::Enter, XK_Return);
    const auto first = f.frame();
    CHECK(first.text == "요");
    CHECK_FALSE(pressed_in(first, Key::Enter));
    const auto second = f.frame();
    CHECK(second.text.empty());
    CHECK(pressed_in(second, Key::Enter));
}

TEST_CASE("A key the input method takes never reaches the UI, nor its character") {
    Frames f;
    f.ime->composes_next("ㄱ");
    f.press(Key::R, 'r', "r");
    const auto seen = f.frame();
    CHECK(seen.text.empty());
    CHECK(seen.keys.empty());
    CHECK(f.composition.text == "ㄱ");
    CHECK(f.composition.caret == 3);
}

TEST_CASE("A forwarded key acts after the commit that came before it") {
    Frames f;
    f.ime->script.push_back([](const ImeKey&, ImeSink& sink) {
        sink.compose("", 0);
        sink.commit("다");
        sink.forward(ImeKey{XK_Tab, 23, kShiftMask, false});  // use-event-forwarding
        return true;
    });
    f.press(Key::Tab, XK_ISO_Left_Tab, nullptr, kModShift);
    const auto first = f.frame();
    CHECK(first.text == "다");
    CHECK(first.keys.empty());
    const auto second = f.frame();
    CHECK(pressed_in(second, Key::Tab));
    CHECK(second.shift);
    CHECK(f.composition.empty());
}

TEST_CASE("Each key gets its own frame, so a fast typist's keys are never merged or lost") {
    Frames f;
    f.ime->alive_ = true;
    f.layer.update(ui::TextInputRequest{}, 0, 0);  // no text here: keys go straight to the UI
    f.press(Key::Down, XK_Down);
    f.press(Key::Space, XK_space, " ");
    f.press(Key::Space, XK_space, " ");
    const auto a = f.frame(), b = f.frame(), c = f.frame(), d = f.frame(), e = f.frame();
    CHECK(pressed_in(a, Key::Down));
    CHECK((pressed_in(b, Key::Space) && b.text == " "));
    CHECK((c.keys.empty() && c.text.empty()));  // Space up for a frame, or ImGui would see one press
    CHECK((pressed_in(d, Key::Space) && d.text == " "));
    CHECK(e.keys.empty());
    CHECK(f.queue.empty());
}

TEST_CASE("The input context follows where the UI takes text, and its caret") {
    Frames f;
    REQUIRE(f.ime->calls == std::vector<std::string>{"FocusIn", "Cursor 110,220 16"});
    f.ime->calls.clear();
    f.layer.update(ui::TextInputRequest{true, ImVec2(10, 20), 16.0f}, 100, 200);
    CHECK(f.ime->calls.empty());  // nothing changed: nothing sent
    f.layer.update(ui::TextInputRequest{true, ImVec2(30, 20), 16.0f}, 100, 200);
    CHECK(f.ime->calls == std::vector<std::string>{"Cursor 130,220 16"});
    f.ime->calls.clear();
    f.layer.update(ui::TextInputRequest{}, 100, 200);  // the check-in list: letters are commands
    CHECK(f.ime->calls == std::vector<std::string>{"FocusOut"});
    f.ime->calls.clear();
    f.press(Key::Space, XK_space, " ");
    CHECK(f.ime->calls.empty());  // not asked: Space ticks whatever the Hangul mode
    CHECK(pressed_in(f.frame(), Key::Space));
    f.layer.window_focus(false);
    f.layer.update(ui::TextInputRequest{true, ImVec2(10, 20), 16.0f}, 100, 200);
    CHECK(f.ime->calls.empty());  // the window has no focus: the context stays unfocused
    f.layer.window_focus(true);
    CHECK(f.ime->calls == std::vector<std::string>{"FocusIn"});
}

TEST_CASE("A click while composing commits the composition where it was, then clicks") {
    Frames f;
    f.ime->composes_next("가");
    f.press(Key::R, 'r', "r");
    f.frame();
    REQUIRE(f.composition.text == "가");

    SECTION("the input method commits it on Reset (ibus-hangul)") {
        f.ime->on_reset = [](ImeSink& sink) { sink.commit("가"); };
    }
    SECTION("the input method drops it on Reset: the layer commits what was shown") {
        f.ime->on_reset = [](ImeSink& sink) { sink.compose("", 0); };
    }
    f.layer.mouse_button(0, true, ImVec2(30, 40));
    f.layer.mouse_button(0, false, ImVec2(30, 40));
    const auto first = f.frame();
    CHECK(first.text == "가");
    CHECK_FALSE(first.mouse);
    CHECK(f.composition.empty());
    CHECK(f.frame().mouse);
    CHECK_FALSE(f.frame().mouse);
}

TEST_CASE("A slow input method: an unanswered key acts as a plain key, with its character") {
    Frames f;
    f.ime->passes_next();  // timed out: not taken
    f.press(Key::A, 'a', "a");
    const auto seen = f.frame();
    CHECK(seen.text == "a");
    CHECK(pressed_in(seen, Key::A));
}

TEST_CASE("A vanished input method: its composition is kept and keys go on as plain keys") {
    Frames f;
    f.ime->composes_next("한");
    f.press(Key::G, 'g', "g");
    f.frame();
    f.ime->passes_next();
    f.ime->alive_ = false;  // the daemon quit while answering
    f.press(Key::K, 'k', "k");
    CHECK(f.layer.method() == nullptr);
    const auto kept = f.frame();
    CHECK(kept.text == "한");
    CHECK(f.composition.empty());
    const auto plain = f.frame();
    CHECK(plain.text == "k");
    f.press(Key::B, 'b', "b");
    CHECK(f.frame().text == "b");
}

TEST_CASE("Ctrl+key: the modifier is held with the key, and released after") {
    Frames f;
    f.layer.update(ui::TextInputRequest{}, 0, 0);
    f.layer.key(Key::LeftCtrl, ImeKey{XK_Control_L, 37, 0, false}, true, kModCtrl);
    f.press(Key::S, 's', nullptr, kModCtrl);
    f.layer.key(Key::LeftCtrl, ImeKey{XK_Control_L, 37, kControlMask, true}, false, kModCtrl);
    f.frame();
    const auto s = f.frame();
    CHECK((pressed_in(s, Key::S) && s.ctrl));
    CHECK_FALSE(f.frame().ctrl);
}

TEST_CASE("Keysyms an input method forwards become the UI's keys and text") {
    CHECK(key_from_keysym(XK_Return) == Key::Enter);
    CHECK(key_from_keysym(XK_ISO_Left_Tab) == Key::Tab);
    CHECK(key_from_keysym('q') == Key::Q);
    CHECK(key_from_keysym(XK_F2) == Key::F2);
    CHECK(key_from_keysym(XK_KP_Enter) == Key::KeypadEnter);
    CHECK(text_of_keysym(XK_space) == " ");
    CHECK(text_of_keysym(0x0100AC00) == "가");  // a Unicode keysym
    CHECK(text_of_keysym(XK_Return).empty());
    CHECK(mods_from_state(kShiftMask | kControlMask) == (kModShift | kModCtrl));
}

TEST_CASE("A click acts where it was made, even when keys before it reach ImGui after the pointer moved on") {
    Frames f;
    f.layer.update(ui::TextInputRequest{}, 100, 200);  // no text wanted: plain keys
    f.press(Key::A, 'a', "a");  // a burst the frames are still working through, a key a frame
    f.press(Key::B, 'b', "b");
    f.press(Key::C, 'c', "c");
    f.layer.mouse_button(0, true, ImVec2(30, 40));
    f.layer.mouse_button(0, false, ImVec2(30, 40));
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(500, 400);  // the pointer, already elsewhere, as the window's callback told ImGui
    f.layer.pointer(ImVec2(500, 400));
    for (int i = 0; i < 3; ++i) {
        CHECK_FALSE(f.frame().mouse);
        CHECK(io.MousePos.x == 500.0f);  // frames without the click: the pointer where it is
    }
    CHECK(f.frame().mouse);
    CHECK(io.MousePos.x == 30.0f);  // the press, where it was made
    CHECK(io.MousePos.y == 40.0f);
    CHECK_FALSE(f.frame().mouse);
    CHECK(io.MousePos.x == 30.0f);  // and its release
    f.frame();
    CHECK(io.MousePos.x == 500.0f);  // then the pointer again
}

TEST_CASE("A modifier released before the next key is not held with it, however the events fall into frames") {
    Frames f;
    f.layer.update(ui::TextInputRequest{}, 100, 200);
    // Ctrl+S, its releases arriving only with the next key (Right): a busy machine's timing.
    f.layer.key(Key::LeftCtrl, ImeKey{0xffe3, 37, 0, false}, true, 0);
    f.layer.key(Key::S, ImeKey{'s', 39, kControlMask, false}, true, kModCtrl);
    CHECK(f.frame().ctrl);  // Ctrl
    const auto save = f.frame();
    CHECK(save.ctrl);  // Ctrl+S
    CHECK(pressed_in(save, Key::S));
    f.layer.key(Key::S, ImeKey{'s', 39, kControlMask, true}, false, kModCtrl);
    f.layer.key(Key::LeftCtrl, ImeKey{0xffe3, 37, kControlMask, true}, false, kModCtrl);
    f.layer.key(Key::Right, ImeKey{0xff53, 114, 0, false}, true, 0);
    const auto right = f.frame();
    CHECK(pressed_in(right, Key::Right));
    CHECK_FALSE(right.ctrl);  // a plain Right, which moves the selection (Ctrl+Right does not)
    // Ctrl+S with its releases in the same frame: still Ctrl+S.
    f.layer.key(Key::LeftCtrl, ImeKey{0xffe3, 37, 0, false}, true, 0);
    CHECK(f.frame().ctrl);
    f.layer.key(Key::S, ImeKey{'s', 39, kControlMask, false}, true, kModCtrl);
    f.layer.key(Key::S, ImeKey{'s', 39, kControlMask, true}, false, kModCtrl);
    f.layer.key(Key::LeftCtrl, ImeKey{0xffe3, 37, kControlMask, true}, false, kModCtrl);
    const auto both = f.frame();
    CHECK(both.ctrl);
    CHECK(pressed_in(both, Key::S));
    CHECK_FALSE(f.frame().ctrl);
}

TEST_CASE("A click with no pointer motion before it leaves the pointer where the click was") {
    Frames f;
    f.layer.update(ui::TextInputRequest{}, 100, 200);
    // The window opened under the pointer: the first thing the window reports is the click.
    f.layer.mouse_button(0, true, ImVec2(30, 40));
    f.layer.mouse_button(0, false, ImVec2(30, 40));
    CHECK(f.frame().mouse);
    CHECK_FALSE(f.frame().mouse);
    f.frame();
    const ImGuiIO& io = ImGui::GetIO();
    CHECK(ImGui::IsMousePosValid(&io.MousePos));  // still over the window: hover works
    CHECK(io.MousePos.x == 30.0f);
    CHECK(io.MousePos.y == 40.0f);
}
