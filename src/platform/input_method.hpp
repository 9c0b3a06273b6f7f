#pragma once
// An input method (IME) the app talks to itself, as GTK's and Qt's input modules do: keys go to
// it first; what it commits, composes and hands back reaches the app through a sink, in order.
// Implemented over D-Bus for IBus and Fcitx5 (ibus_input_method, fcitx_input_method), and by a
// scripted fake in the tests.
#include <cstdint>
#include <memory>
#include <string>

#include "ui/text_input.hpp"

namespace mandalart::platform {

// A key as X11 and the input methods name it.
struct ImeKey {
    std::uint32_t keysym = 0;   // X keysym (XK_a, XK_Return, …)
    std::uint32_t keycode = 0;  // X keycode (evdev + 8)
    std::uint32_t state = 0;    // X modifier mask (ShiftMask, ControlMask, Mod1Mask, Mod4Mask)
    bool release = false;
};

inline constexpr std::uint32_t kShiftMask = 1u << 0, kControlMask = 1u << 2, kAltMask = 1u << 3, kSuperMask = 1u << 6;

// Where the input method's messages go, in the order it sent them.
class ImeSink {
public:
    virtual ~ImeSink() = default;
    virtual void commit(const std::string& utf8) = 0;
    virtual void compose(const std::string& utf8, int caret_bytes) = 0;  // empty: composition ended
    virtual void forward(const ImeKey& key) = 0;  // a key the input method hands back to the app
    virtual void mode(ui::InputMode mode) = 0;    // it types its own script now, or Latin letters
};

class InputMethod {
public:
    virtual ~InputMethod() = default;
    virtual const char* name() const = 0;
    // Sends a key. Returns true when the input method took it. Whatever it committed, composed
    // or forwarded before answering has reached the sink when this returns. No answer within
    // the time limit counts as not taken (the key then acts as a plain key).
    virtual bool process_key(const ImeKey& key) = 0;
    virtual void focus_in() = 0;
    virtual void focus_out() = 0;
    // Ends the composition; the input method may commit it (ibus-hangul and fcitx5-hangul do).
    virtual void reset() = 0;
    // The caret, in screen pixels, for the candidate and status windows.
    virtual void set_cursor(int x, int y, int w, int h) = 0;
    // A descriptor that becomes readable when messages wait (for the idle loop's watcher).
    virtual int wake_fd() const = 0;
    // Delivers waiting messages to the sink; waits up to `timeout_ms` for the first (0: none).
    virtual void dispatch(int timeout_ms = 0) = 0;
    // False once the input method has gone away (it quit or was replaced).
    virtual bool alive() const = 0;
    // How long it took to answer, so far (platform/answer_times): empty when not measured.
    virtual std::string answer_summary() const { return {}; }
};

// Connects to the running input method: the one XMODIFIERS / GTK_IM_MODULE names first, then the
// other. nullptr when neither IBus nor Fcitx5 answers (the window then uses XIM, as before).
// `why` says what was tried.
std::unique_ptr<InputMethod> connect_input_method(ImeSink& sink, std::string& why);
std::unique_ptr<InputMethod> connect_ibus(ImeSink& sink, std::string& why);
std::unique_ptr<InputMethod> connect_fcitx5(ImeSink& sink, std::string& why);

}  // namespace mandalart::platform
