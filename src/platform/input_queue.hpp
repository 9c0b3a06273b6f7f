#pragma once
// The window's and the input method's input, in the order it happened, handed to ImGui a frame at
// a time as its input events (io.AddKeyEvent, AddInputCharactersUTF8, AddMouseButtonEvent), with
// ImGui's own trickling off: its text fields take a frame's characters before its keys, so a key
// never shares a frame with text that came before it, and text never shares a frame with a key
// before it. A syllable
// committed before Enter is in the cell before Enter commits the cell; a jamo's composition is
// shown before the next key acts. Each press shows its key down for exactly one frame (a key
// pressed and released between two frames is not lost); the OS's repeats are presses too. A
// click acts where it was made, even when the frames behind a fast typist's keys reach it only
// after the pointer has moved on.
#include <cfloat>
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
    // Where the pointer is now (window coordinates), for the frame after a click made elsewhere.
    void pointer_at(ImVec2 pos) { pointer_ = pos; }

private:
    std::deque<InputEvent> events_;
    std::vector<ImGuiKey> shown_keys_;  // down in the last frame: released at the start of the next
    int held_mods_ = 0;
    ImVec2 pointer_{-FLT_MAX, -FLT_MAX};
    bool click_moved_pointer_ = false;  // the last frame showed the pointer where a click was
};

}  // namespace mandalart::platform
