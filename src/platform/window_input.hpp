#pragma once
// The GLFW window's input, turned into the input layer's events: GLFW keys into the UI's keys
// (and X keysyms for the input method), characters, mouse buttons, scrolling and focus.
#include <memory>
#include <string>

struct GLFWwindow;

namespace mandalart::platform {

class InputLayer;
class InputQueue;

// Installs the window's callbacks; they feed `layer` (which feeds `queue`) and mark input seen.
void install_window_input(GLFWwindow* window, InputLayer& layer, bool& input_seen);

}  // namespace mandalart::platform
