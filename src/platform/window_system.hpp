#pragma once
// What the window needs from the operating system, one set per system: platform/linux (X11, IBus
// and Fcitx5 over D-Bus, systemd, malloc_trim) and platform/windows (Win32, IMM32, the console).
// The event loop (platform/gui.cpp) and the window's input (platform/window_input.cpp) are the
// same on both; they call these.
#include <memory>
#include <string>
#include <vector>

#include "platform/input_method.hpp"

struct GLFWwindow;

namespace mandalart {
class Desktop;
}

namespace mandalart::platform {

struct GuiContext;

// The program's arguments as UTF-8 (Windows gives main() a code page's; its wide command line is read instead).
std::vector<std::string> program_arguments(int argc, char** argv);
// Before anything prints: Windows's console is told to show UTF-8 (Hangul in cmd and PowerShell),
// and the output is written as bytes.
void prepare_console();
// The desktop the weekly reminder uses (notifications, the user's service manager), or nullptr.
Desktop* system_desktop();

// Before the window opens: the input method the program talks to itself (Linux: IBus or Fcitx5
// over D-Bus), attached to the context's input layer; nothing where the window system brings it.
void connect_input_method(GuiContext& context);
// Once the window is open: the window system's own input hooks (Windows: IMM32 on the window).
void hook_window(GLFWwindow* window, GuiContext& context);
// Wakes the idle loop when the input method has something to say outside the window's events
// (Linux: its socket); nullptr when it speaks through the window's events.
class InputWaker {
public:
    virtual ~InputWaker() = default;
    virtual void drained() = 0;  // the loop has taken what there was: watch again
};
std::unique_ptr<InputWaker> watch_input_method(GuiContext& context);
// Going idle: memory the program no longer uses goes back to the system.
void return_memory();
// A key (GLFW's) as the input method names it (Linux: the X keysym and keycode; Windows: the key).
ImeKey ime_key(int key, int scancode, int action, int mods);

}  // namespace mandalart::platform
