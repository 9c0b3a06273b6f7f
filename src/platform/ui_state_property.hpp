#pragma once
// How many keys the window has received, which input method it talks to, and the UI's state
// (ui/ui_state), published on the window for the programs that drive it: the X property
// _MANDALART_UI_STATE (UTF8_STRING), read with `xprop -id WINDOW _MANDALART_UI_STATE`. Set only
// when it changed, when the event loop goes idle (every key received has been acted on and the
// frames after it drawn).
//   keys=14 ime=ibus view=chart text=1 composing=0 editing=1 dirty=1 modal=-
#include <string>

struct GLFWwindow;

namespace mandalart::platform {

class UiStateProperty {
public:
    explicit UiStateProperty(GLFWwindow* window) : window_(window) {}
    // `keys`: key presses received (modifier keys alone not counted); `input_method`: its name,
    // or empty; `state`: ui::describe_ui_state.
    void publish(long keys, const char* input_method, const std::string& state);

private:
    GLFWwindow* window_;
    std::string published_;
};

}  // namespace mandalart::platform
