#pragma once
// The window's and the input method's input, in the order it happened, handed to ImGui 1.86 a
// frame at a time. ImGui 1.86 only sees, per frame, which keys are down and which characters
// came, and its text fields take characters before keys; so a key never shares a frame with
// text that came before it, and text never shares a frame with a key before it. A syllable
// committed before Enter is in the cell before Enter commits the cell; a jamo's composition is
// shown before the next key acts. Each press shows its key down for exactly one frame (a key
// pressed and released between two frames is not lost); the OS's repeats are presses too. A
// click acts where it was made, even when the frames behind a fast typist's keys reach it only
// after the pointer has moved on.
#include <array>
#include <deque>
#include <string>
#include <variant>
#include <vector>

#include <imgui.h>

#include "ui/keys.hpp"
#include "ui/text_input.hpp"

namespace mandalart::platform {

enum Modifier : int { kModShift = 1, kModCtrl = 2, kModAlt = 4, kModSuper = 8 };

struct KeyPress {
    ui::Key key;
    int mods = 0;      // Modifier flags held with it
    std::string text;  // what the key typed (UTF-8), if anything
};
struct KeyRelease {
    ui::Key key;
};
struct TextInput {
    std::string text;  // committed by the input method
};
struct CompositionChange {
    ui::Composition composition;
};
struct MouseButton {
    int button;
    bool down;
    ImVec2 pos;  // where the pointer was (window coordinates): it may have moved on before the click's frame
};
using InputEvent = std::variant<KeyPress, KeyRelease, TextInput, CompositionChange, MouseButton>;

class InputQueue {
public:
    void push(InputEvent e) { events_.push_back(std::move(e)); }
    // Appends what a key typed to that key's press, when it is the last event (GLFW reports a
    // key, then its characters); otherwise queues it as text.
    void push_typed(const std::string& utf8);
    bool empty() const { return events_.empty(); }

    // Between the backend's NewFrame and ImGui::NewFrame: this frame's share of the events into
    // `io` (keys, modifiers, characters, mouse buttons) and `composition`.
    void apply(ImGuiIO& io, ui::Composition& composition);

private:
    std::deque<InputEvent> events_;
    std::array<bool, 5> mouse_down_{};
    std::array<bool, 5> mouse_shown_{};  // pressed this frame (shown down even if released since)
    ImVec2 click_pos_{};                 // the pointer at the button event this frame takes
    bool click_applied_ = false;
    std::vector<int> shown_keys_;
    int held_mods_ = 0;
};

}  // namespace mandalart::platform
