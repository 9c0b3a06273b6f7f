// The window's operating system on Linux: X11 keysyms for the input method, which is IBus or
// Fcitx5 spoken to over D-Bus (its socket wakes the idle loop), the freedesktop desktop for the
// reminder, and glibc's malloc_trim when idle.
#include "platform/window_system.hpp"

#include <malloc.h>

#include <cstdlib>
#include <iostream>

#include "platform/gui_context.hpp"
#include "platform/linux/desktop_notifications.hpp"
#include "platform/linux/wake_watcher.hpp"

// Last: Xlib's macros (KeyPress, None, …) would clash with the names above.
#include <GLFW/glfw3.h>
#define GLFW_EXPOSE_NATIVE_X11
#include <GLFW/glfw3native.h>
#include <X11/XKBlib.h>

namespace mandalart::platform {
namespace {

std::uint32_t x_state(int mods) {
    return ((mods & GLFW_MOD_SHIFT) ? kShiftMask : 0) | ((mods & GLFW_MOD_CAPS_LOCK) ? (1u << 1) : 0) |
           ((mods & GLFW_MOD_CONTROL) ? kControlMask : 0) | ((mods & GLFW_MOD_ALT) ? kAltMask : 0) |
           ((mods & GLFW_MOD_SUPER) ? kSuperMask : 0);
}

class SocketWaker final : public InputWaker {
public:
    explicit SocketWaker(int fd) : watcher_(fd, [] { glfwPostEmptyEvent(); }) {}
    void drained() override { watcher_.drained(); }

private:
    WakeWatcher watcher_;
};

}  // namespace

std::vector<std::string> program_arguments(int argc, char** argv) { return {argv + 1, argv + argc}; }

void prepare_console() {}  // a terminal takes UTF-8 as it is

Desktop* system_desktop() { return &linux_desktop(); }

// The input method, spoken to directly (its D-Bus interface), so that keys and composed
// syllables reach the UI in order; then XIM is left out of the window's way.
void connect_input_method(GuiContext& context) {
    const bool debug = std::getenv("MANDALART_DEBUG_IME") != nullptr;
    std::string why;
    if (auto method = connect_input_method(context.input, why)) {
        setenv("XMODIFIERS", "@im=none", 1);
        if (debug) std::cerr << "mandalart: input method: " << method->name() << "\n";
        context.input.attach(std::move(method));
    } else if (debug) {
        std::cerr << "mandalart: no input method over D-Bus (" << why << "); XIM as before\n";
    }
}

void hook_window(GLFWwindow*, GuiContext&) {}  // GLFW's X11 window needs nothing more

std::unique_ptr<InputWaker> watch_input_method(GuiContext& context) {
    InputMethod* method = context.input.method();
    if (method == nullptr || method->wake_fd() < 0) return nullptr;
    return std::make_unique<SocketWaker>(method->wake_fd());
}

// The font files' pages, the fallback faces and the heap's free pages go back to the system.
void return_memory() { ::malloc_trim(0); }

ImeKey ime_key(int, int scancode, int action, int mods) {
    ImeKey k;
    k.keycode = static_cast<std::uint32_t>(scancode);
    k.state = x_state(mods);
    k.release = action == GLFW_RELEASE;
    if (Display* display = glfwGetX11Display())
        k.keysym = static_cast<std::uint32_t>(
            XkbKeycodeToKeysym(display, static_cast<KeyCode>(scancode), 0, (mods & GLFW_MOD_SHIFT) ? 1 : 0));
    return k;
}

}  // namespace mandalart::platform
