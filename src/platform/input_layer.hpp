#pragma once
// Between the window and the UI: every key goes to the input method first, when one is connected
// and the UI's focused place takes text; the key reaches the UI only when the input method did
// not take it, after whatever it committed. Its compositions, commits and forwarded keys join the
// same queue, in order. Where letters are commands (the check-in list), the input method is
// unfocused and keys go straight to the UI. Without an input method (or once it has gone) keys
// and the window's characters go to the UI as before (XIM). No GLFW here: platform/gui.cpp
// translates the window's events.
#include <memory>
#include <string>

#include "platform/input_method.hpp"
#include "platform/input_queue.hpp"

namespace mandalart::platform {

class InputLayer final : public ImeSink {
public:
    explicit InputLayer(InputQueue& queue) : queue_(queue) {}
    ~InputLayer() override;
    void attach(std::unique_ptr<InputMethod> method) { method_ = std::move(method); }
    InputMethod* method() const { return method_.get(); }

    // A key from the window. `ime` names it for the input method.
    void key(ui::Key key, const ImeKey& ime, bool press, int mods);
    // A character from the window (after its key).
    void character(char32_t c);
    // A mouse button at `pos` (window coordinates): a click while composing first commits the
    // composition where it is.
    void mouse_button(int button, bool down, ImVec2 pos);
    // The pointer moved to `pos` (window coordinates).
    void pointer(ImVec2 pos) { queue_.pointer_at(pos); }
    void window_focus(bool focused);
    // After a frame: whether the UI takes text and where its caret is (window coordinates),
    // with the window's position on screen.
    void update(const ui::TextInputRequest& request, int window_x, int window_y);
    // Delivers what the input method sent since (the idle loop's watcher saw its socket).
    void pump();
    // Commits the composition now (before a click acts, or before saving and quitting).
    void commit_composition();

    // ImeSink
    void commit(const std::string& utf8) override;
    void compose(const std::string& utf8, int caret_bytes) override;
    void forward(const ImeKey& key) override;
    void mode(ui::InputMode mode) override { mode_ = mode; }
    // The input method's mode as it last said it (Unknown without one).
    ui::InputMode input_mode() const { return method_ ? mode_ : ui::InputMode::Unknown; }

private:
    bool ime_active() const { return method_ && focused_ && window_focused_; }
    void drop_if_gone();
    void refocus();

    InputQueue& queue_;
    std::unique_ptr<InputMethod> method_;
    bool focused_ = false;  // the UI takes text: the input context is focused
    bool window_focused_ = true;
    bool ime_focused_ = false;  // what the input method was last told
    bool swallow_characters_ = false;  // the input method took the key these belong to
    std::string composing_;
    ui::InputMode mode_ = ui::InputMode::Unknown;
    int commits_ = 0;
    int last_x_ = -1, last_y_ = -1, last_height_ = -1;  // the caret last told to the input method
};

// The UI's key for an X keysym (keys an input method hands back), and the text it types.
ui::Key key_from_keysym(std::uint32_t keysym);
std::string text_of_keysym(std::uint32_t keysym);
int mods_from_state(std::uint32_t x_state);

}  // namespace mandalart::platform
