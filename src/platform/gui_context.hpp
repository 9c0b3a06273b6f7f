#pragma once
// Everything the window's callbacks and its event loop share, as one object: made by run_gui,
// reached from GLFW's callbacks through the window's user pointer (glfwGetWindowUserPointer), as
// ImGui's backends reach theirs. No globals.
#include <cstdlib>
#include <memory>

#include "platform/input_layer.hpp"
#include "platform/input_queue.hpp"
#include "platform/key_trace.hpp"
#include "platform/window_input.hpp"

struct GLFWwindow;

namespace mandalart::platform {

struct GuiContext {
    WindowActivity activity;
    InputQueue queue;
    InputLayer input{queue};
    KeyTrace trace{std::getenv("MANDALART_KEY_TRACE")};
};

GuiContext& context_of(GLFWwindow* window);

}  // namespace mandalart::platform
