#include "platform/input_queue.hpp"

#include <algorithm>

#include "ui/stand_ins.hpp"

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
    for (const int k : shown_keys_) io.KeysDown[k] = false;
    const std::vector<int> were_down = std::move(shown_keys_);
    shown_keys_.clear();
    mouse_shown_ = {};
    // The modifiers this frame shows: those held with its key press, or (a frame without one)
    // those still held after its releases.
    int mods = held_mods_;
    bool key_taken = false, text_taken = false;
    while (!events_.empty()) {
        InputEvent& e = events_.front();
        if (auto* press = std::get_if<KeyPress>(&e)) {
            const int k = ui::key_index(press->key);
            // The same key again right after: ImGui must see it up for a frame in between.
            const bool again = std::find(were_down.begin(), were_down.end(), k) != were_down.end();
            if (key_taken || text_taken || again) break;
            if (k > 0 && k < ui::key_index(ui::Key::Count)) {
                io.KeysDown[k] = true;
                shown_keys_.push_back(k);
            }
            held_mods_ |= modifier_of(press->key);
            mods = press->mods | held_mods_;
            if (!press->text.empty()) io.AddInputCharactersUTF8(ui::to_imgui(press->text).c_str());
            key_taken = true;
        } else if (auto* release = std::get_if<KeyRelease>(&e)) {
            held_mods_ &= ~modifier_of(release->key);
            // Released before this frame's key: not held with it (Ctrl released, then Right, is a
            // plain Right). Released after it: still shown with it (Ctrl+S, then Ctrl's release).
            if (!key_taken) mods = held_mods_;
        } else if (auto* text = std::get_if<TextInput>(&e)) {
            if (key_taken) break;
            io.AddInputCharactersUTF8(ui::to_imgui(text->text).c_str());
            text_taken = true;
        } else if (auto* change = std::get_if<CompositionChange>(&e)) {
            if (key_taken || text_taken) break;
            composition = change->composition;
            text_taken = true;
        } else if (auto* mouse = std::get_if<MouseButton>(&e)) {
            if (key_taken || text_taken) break;
            if (mouse->button >= 0 && mouse->button < static_cast<int>(mouse_down_.size())) {
                mouse_down_[static_cast<std::size_t>(mouse->button)] = mouse->down;
                if (mouse->down) mouse_shown_[static_cast<std::size_t>(mouse->button)] = true;
            }
            click_pos_ = mouse->pos;
            click_applied_ = true;
            key_taken = true;
        }
        events_.pop_front();
    }
    io.KeyShift = (mods & kModShift) != 0;
    io.KeyCtrl = (mods & kModCtrl) != 0;
    io.KeyAlt = (mods & kModAlt) != 0;
    io.KeySuper = (mods & kModSuper) != 0;
    for (std::size_t b = 0; b < mouse_down_.size(); ++b) io.MouseDown[b] = mouse_down_[b] || mouse_shown_[b];
    // A frame that takes a button's press or release sees the pointer where it was then; other
    // frames see it where it is now, as the backend set it (a drag follows the pointer).
    if (click_applied_) io.MousePos = click_pos_;
    click_applied_ = false;
}

}  // namespace mandalart::platform
