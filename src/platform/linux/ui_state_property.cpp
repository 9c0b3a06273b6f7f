#include "platform/ui_state_property.hpp"

#include <cctype>

// Last: Xlib's macros (None, Status, …) would clash with the names above.
#include <GLFW/glfw3.h>
#define GLFW_EXPOSE_NATIVE_X11
#include <GLFW/glfw3native.h>
#include <X11/Xatom.h>

namespace mandalart::platform {

void UiStateProperty::publish(long keys, const char* input_method, const std::string& state) {
    std::string line = "keys=" + std::to_string(keys) + " ime=";
    for (const char* c = input_method != nullptr && *input_method != 0 ? input_method : "none"; *c != 0; ++c)
        line += *c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(*c)));
    line += " " + state;
    if (line == published_) return;
    Display* display = glfwGetX11Display();
    const Window window = glfwGetX11Window(window_);
    if (display == nullptr || window == 0) return;
    const Atom property = XInternAtom(display, "_MANDALART_UI_STATE", False);
    const Atom utf8 = XInternAtom(display, "UTF8_STRING", False);
    XChangeProperty(display, window, property, utf8, 8, PropModeReplace,
                    reinterpret_cast<const unsigned char*>(line.data()), static_cast<int>(line.size()));
    XFlush(display);  // before the loop sleeps: a driver waiting for it reads it now
    published_ = std::move(line);
}

}  // namespace mandalart::platform
