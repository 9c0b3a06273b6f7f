#include "platform/input_queue.hpp"

#include <algorithm>


namespace mandalart::platform {
namespace {

// The Modifier flag a modifier key stands for (0 for other keys).
int modifier_of(ui::Key key) {
    switch (key) {
        case ui::Key::LeftShift:
        case ui::Key::RightShift: return kModShift;
        case ui::Key::LeftCtrl:
        case ui::Key::RightCtrl: return kModCtrl;
        case ui::Key::LeftAlt:
        case ui::Key::RightAlt: return kModAlt;
        case ui::Key::LeftSuper:
        case ui::Key::RightSuper: return kModSuper;
        default: return 0;
    }
}

}  // namespace

void InputQueue::push_typed(const std::string& utf8) {
    if (!events_.empty())
        if (auto* press = std::get_if<KeyPress>(&events_.back())) {
            press->text += utf8;
            return;
        }
    events_.push_back(TextInput{utf8});
}

void InputQueue::apply(ImGuiIO& io, ui::Composition& composition) {
    for (const ImGuiKey k : shown_keys_) io.AddKeyEvent(k, false);
    const std::vector<ImGuiKey> were_down = std::move(shown_keys_);
    shown_keys_.clear();
    if (click_moved_pointer_) io.AddMousePosEvent(pointer_.x, pointer_.y);  // back where it is now
    click_moved_pointer_ = false;
    // The modifiers this frame shows: those held with its key press, or (a frame without one)
    // those still held after its releases.
    int mods = held_mods_;
    bool key_taken = false, text_taken = false;
    while (!events_.empty()) {
        InputEvent& e = events_.front();
        if (auto* press = std::get_if<KeyPress>(&e)) {
            const ImGuiKey k = ui::imgui_key(press->key);
            // The same key again right after: ImGui must see it up for a frame in between.
            const bool again = std::find(were_down.begin(), were_down.end(), k) != were_down.end();
            if (key_taken || text_taken || again) break;
            held_mods_ |= modifier_of(press->key);
            mods = press->mods | held_mods_;
            if (k != ImGuiKey_None) {
                io.AddKeyEvent(k, true);
                shown_keys_.push_back(k);
            }
            if (!press->text.empty()) io.AddInputCharactersUTF8(press->text.c_str());
            key_taken = true;
        } else if (auto* release = std::get_if<KeyRelease>(&e)) {
            held_mods_ &= ~modifier_of(release->key);
            // Released before this frame's key: not held with it (Ctrl released, then Right, is a
            // plain Right). Released after it: still shown with it (Ctrl+S, then Ctrl's release).
            if (!key_taken) mods = held_mods_;
        } else if (auto* text = std::get_if<TextInput>(&e)) {
            if (key_taken) break;
            io.AddInputCharactersUTF8(text->text.c_str());
            text_taken = true;
        } else if (auto* change = std::get_if<CompositionChange>(&e)) {
            if (key_taken || text_taken) break;
            composition = change->composition;
            text_taken = true;
        } else if (auto* mouse = std::get_if<MouseButton>(&e)) {
            if (key_taken || text_taken) break;
            // A click acts where it was made, even if the pointer has moved on since.
            io.AddMousePosEvent(mouse->pos.x, mouse->pos.y);
            if (mouse->button >= 0 && mouse->button < ImGuiMouseButton_COUNT) io.AddMouseButtonEvent(mouse->button, mouse->down);
            click_moved_pointer_ = true;
            key_taken = true;
        }
        events_.pop_front();
    }
    io.AddKeyEvent(ImGuiMod_Shift, (mods & kModShift) != 0);
    io.AddKeyEvent(ImGuiMod_Ctrl, (mods & kModCtrl) != 0);
    io.AddKeyEvent(ImGuiMod_Alt, (mods & kModAlt) != 0);
    io.AddKeyEvent(ImGuiMod_Super, (mods & kModSuper) != 0);
}

}  // namespace mandalart::platform
