#include "platform/windows/imm_input_method.hpp"

#include <algorithm>

#include "core/wide_text.hpp"
#include "ui/keys.hpp"

namespace mandalart::platform {

void ImmInputMethod::composition(bool has_result, bool has_composition) {
    if (has_result) {
        const std::string text = utf8_text(calls_.result_text());
        composing_.clear();
        sink_.commit(text);
    }
    if (has_composition) {
        const std::wstring wide = calls_.composition_text();
        const int caret = calls_.composition_caret();
        const std::string before = utf8_text(std::wstring_view(wide).substr(0, static_cast<std::size_t>(std::clamp(caret, 0, static_cast<int>(wide.size())))));
        composing_ = utf8_text(wide);
        sink_.compose(composing_, static_cast<int>(before.size()));
    }
}

void ImmInputMethod::ended() {
    if (composing_.empty()) return;
    composing_.clear();
    sink_.compose({}, 0);
}

void ImmInputMethod::mode_changed() { sink_.mode(calls_.mode()); }

// The syllable is finished where it is; when the input method does not answer with it (it is
// gone, or refuses), what was shown is committed, so typing is never lost.
void ImmInputMethod::complete_now() {
    if (composing_.empty()) return;
    const std::string shown = composing_;
    calls_.complete();
    if (!composing_.empty()) {
        composing_.clear();
        sink_.commit(shown);
    }
}

// A key reaches the program only when the input method did not take it (Windows reports the
// keys it took as VK_PROCESSKEY, which the window does not pass on). While a syllable is being
// composed, such a key (Enter, Tab, an arrow, Ctrl+S) completes it first and then acts; Esc
// cancels it and does nothing else.
bool ImmInputMethod::process_key(const ImeKey& key) {
    if (key.release || composing_.empty()) return false;
    if (key.keycode == static_cast<std::uint32_t>(ui::key_index(ui::Key::Escape))) {
        calls_.cancel();
        ended();
        return true;
    }
    complete_now();
    return false;
}

void ImmInputMethod::focus_in() {
    calls_.enable(true);
    mode_changed();
}

void ImmInputMethod::focus_out() {
    complete_now();
    calls_.enable(false);
}

void ImmInputMethod::reset() { complete_now(); }

void ImmInputMethod::set_cursor(int x, int y, int, int h) { calls_.place(x, y, h); }

}  // namespace mandalart::platform
