#include "platform/input_layer.hpp"

#include "core/text.hpp"

namespace mandalart::platform {
namespace {

constexpr int kCommitWaitMs = 50;  // for the commit a Reset brings, a few times
constexpr int kCommitWaits = 3;

}  // namespace

InputLayer::~InputLayer() {
    if (method_ && ime_focused_ && method_->alive()) method_->focus_out();
}

void InputLayer::drop_if_gone() {
    if (!method_ || method_->alive()) return;
    // The input method quit or was replaced: keys go on as plain keys; a composition is kept.
    method_.reset();
    if (!composing_.empty()) commit(std::string(composing_));  // a copy: commit() clears it
}

void InputLayer::key(ui::Key key, const ImeKey& ime, bool press, int mods) {
    bool taken = false;
    if (ime_active()) {
        taken = method_->process_key(ime);
        drop_if_gone();
    }
    if (!press) {
        queue_.push(KeyRelease{key});  // the UI sees every release, so modifiers never stick
        return;
    }
    swallow_characters_ = taken;
    if (!taken) queue_.push(KeyPress{key, mods, {}});
}

void InputLayer::character(char32_t c) {
    if (swallow_characters_) return;
    std::string utf8;
    append_utf8(utf8, c);
    queue_.push_typed(utf8);
}

void InputLayer::mouse_button(int button, bool down, ImVec2 pos) {
    if (down) commit_composition();
    queue_.pointer_at(pos);  // where the pointer is now, even if it never moved before the click
    queue_.push(MouseButton{button, down, pos});
}

void InputLayer::window_focus(bool focused) {
    if (focused == window_focused_) return;
    if (!focused) commit_composition();
    window_focused_ = focused;
    refocus();
}

void InputLayer::refocus() {
    if (!method_) return;
    const bool want = focused_ && window_focused_;
    if (want == ime_focused_) return;
    ime_focused_ = want;
    if (want) method_->focus_in();
    else method_->focus_out();
    last_x_ = last_y_ = last_height_ = -1;  // tell it the caret again
    drop_if_gone();
}

void InputLayer::update(const ui::TextInputRequest& request, int window_x, int window_y) {
    if (!method_) return;
    if (request.wanted != focused_) {
        if (!request.wanted) commit_composition();
        focused_ = request.wanted;
        refocus();
    }
    if (!ime_active()) return;
    const int x = window_x + static_cast<int>(request.caret.x), y = window_y + static_cast<int>(request.caret.y);
    const int height = static_cast<int>(request.height);
    if (x == last_x_ && y == last_y_ && height == last_height_) return;
    method_->set_cursor(x, y, 1, height);
    last_x_ = x;
    last_y_ = y;
    last_height_ = height;
}

void InputLayer::pump() {
    if (!method_) return;
    method_->dispatch(0);
    drop_if_gone();
}

void InputLayer::commit_composition() {
    if (composing_.empty()) return;
    const std::string pending = composing_;
    const int before = commits_;
    if (method_) {
        method_->reset();  // ibus-hangul commits what it composes; some input methods drop it
        for (int i = 0; i < kCommitWaits && commits_ == before && method_ && method_->alive(); ++i)
            method_->dispatch(kCommitWaitMs);
        drop_if_gone();
    }
    if (commits_ == before) commit(pending);  // never lose what was typed
    if (!composing_.empty()) compose({}, 0);
}

void InputLayer::commit(const std::string& utf8) {
    ++commits_;
    if (!composing_.empty()) {
        composing_.clear();
        queue_.push(CompositionChange{});
    }
    if (!utf8.empty()) queue_.push(TextInput{utf8});
}

void InputLayer::compose(const std::string& utf8, int caret_bytes) {
    if (utf8 == composing_) return;
    composing_ = utf8;
    queue_.push(CompositionChange{ui::Composition{utf8, caret_bytes}});
}

void InputLayer::forward(const ImeKey& key) {
    if (key.release) return;  // the window reports the real release
    const ui::Key k = key_from_keysym(key.keysym);
    std::string text = (key.state & (kControlMask | kAltMask | kSuperMask)) == 0 ? text_of_keysym(key.keysym) : "";
    queue_.push(KeyPress{k, mods_from_state(key.state), std::move(text)});
}

}  // namespace mandalart::platform
