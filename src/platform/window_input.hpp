#pragma once
// The GLFW window's input, turned into the input layer's events: GLFW keys into the UI's keys
// (and the input method's names for them: platform/window_system), characters, mouse buttons,
// scrolling and focus.
#include <memory>
#include <string>

struct GLFWwindow;

namespace mandalart::platform {

class InputLayer;
class InputQueue;

// What the window's callbacks saw since the loop last looked.
struct WindowActivity {
    bool input_seen = false;  // any input: draw a few frames
    long key_presses = 0;     // keys pressed since the window opened (modifier keys alone not counted)
};

// Installs the window's callbacks; they feed the input layer of the window's context (its user
// pointer: platform/gui_context) and note its activity.
void install_window_input(GLFWwindow* window);

}  // namespace mandalart::platform
