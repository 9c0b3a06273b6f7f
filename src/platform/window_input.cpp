#include "platform/window_input.hpp"

#include <imgui.h>
#include <imgui_impl_glfw.h>

#include "platform/input_layer.hpp"

// Last: Xlib's macros (KeyPress, None, …) would clash with the names above.
#include <GLFW/glfw3.h>
#define GLFW_EXPOSE_NATIVE_X11
#include <GLFW/glfw3native.h>
#include <X11/XKBlib.h>

namespace mandalart::platform {
namespace {

InputLayer* g_layer = nullptr;
WindowActivity* g_activity = nullptr;

// The UI's key values follow GLFW's for the keys it knows (printable keys are ASCII in both).
static_assert(ui::key_index(ui::Key::A) == GLFW_KEY_A && ui::key_index(ui::Key::Num0) == GLFW_KEY_0 &&
              ui::key_index(ui::Key::Space) == GLFW_KEY_SPACE && ui::key_index(ui::Key::Equal) == GLFW_KEY_EQUAL);
static_assert(ui::key_index(ui::Key::Escape) == GLFW_KEY_ESCAPE && ui::key_index(ui::Key::End) == GLFW_KEY_END &&
              ui::key_index(ui::Key::F1) == GLFW_KEY_F1 && ui::key_index(ui::Key::F12) == GLFW_KEY_F12);
static_assert(ui::key_index(ui::Key::Keypad0) == GLFW_KEY_KP_0 && ui::key_index(ui::Key::KeypadEnter) == GLFW_KEY_KP_ENTER &&
              ui::key_index(ui::Key::LeftShift) == GLFW_KEY_LEFT_SHIFT && ui::key_index(ui::Key::RightSuper) == GLFW_KEY_RIGHT_SUPER);

ui::Key key_from_glfw(int key) {
    const bool printable = key == GLFW_KEY_SPACE || key == GLFW_KEY_MINUS || key == GLFW_KEY_EQUAL ||
                           (key >= GLFW_KEY_0 && key <= GLFW_KEY_9) || (key >= GLFW_KEY_A && key <= GLFW_KEY_Z);
    const bool named = (key >= GLFW_KEY_ESCAPE && key <= GLFW_KEY_END) || (key >= GLFW_KEY_F1 && key <= GLFW_KEY_F12) ||
                       (key >= GLFW_KEY_KP_0 && key <= GLFW_KEY_KP_ENTER) ||
                       (key >= GLFW_KEY_LEFT_SHIFT && key <= GLFW_KEY_RIGHT_SUPER);
    return printable || named ? static_cast<ui::Key>(key) : ui::Key::Unknown;
}

int mods_from_glfw(int mods) {
    return ((mods & GLFW_MOD_SHIFT) ? kModShift : 0) | ((mods & GLFW_MOD_CONTROL) ? kModCtrl : 0) |
           ((mods & GLFW_MOD_ALT) ? kModAlt : 0) | ((mods & GLFW_MOD_SUPER) ? kModSuper : 0);
}

std::uint32_t x_state(int mods) {
    return ((mods & GLFW_MOD_SHIFT) ? kShiftMask : 0) | ((mods & GLFW_MOD_CAPS_LOCK) ? (1u << 1) : 0) |
           ((mods & GLFW_MOD_CONTROL) ? kControlMask : 0) | ((mods & GLFW_MOD_ALT) ? kAltMask : 0) |
           ((mods & GLFW_MOD_SUPER) ? kSuperMask : 0);
}

ImeKey ime_key(int scancode, int action, int mods) {
    ImeKey k;
    k.keycode = static_cast<std::uint32_t>(scancode);
    k.state = x_state(mods);
    k.release = action == GLFW_RELEASE;
    if (Display* display = glfwGetX11Display())
        k.keysym = static_cast<std::uint32_t>(
            XkbKeycodeToKeysym(display, static_cast<KeyCode>(scancode), 0, (mods & GLFW_MOD_SHIFT) ? 1 : 0));
    return k;
}

void seen() { g_activity->input_seen = true; }

bool modifier(int key) { return key >= GLFW_KEY_LEFT_SHIFT && key <= GLFW_KEY_RIGHT_SUPER; }

}  // namespace

void install_window_input(GLFWwindow* w, InputLayer& layer, WindowActivity& activity) {
    g_layer = &layer;
    g_activity = &activity;
    glfwSetInputMode(w, GLFW_LOCK_KEY_MODS, GLFW_TRUE);
    glfwSetKeyCallback(w, [](GLFWwindow*, int key, int scancode, int action, int mods) {
        g_layer->key(key_from_glfw(key), ime_key(scancode, action, mods), action != GLFW_RELEASE, mods_from_glfw(mods));
        if (action == GLFW_PRESS && !modifier(key)) ++g_activity->key_presses;
        seen();
    });
    glfwSetCharCallback(w, [](GLFWwindow*, unsigned int c) {
        g_layer->character(static_cast<char32_t>(c));
        seen();
    });
    glfwSetMouseButtonCallback(w, [](GLFWwindow* window, int button, int action, int) {
        double x = 0, y = 0;
        glfwGetCursorPos(window, &x, &y);
        g_layer->mouse_button(button, action == GLFW_PRESS, ImVec2(static_cast<float>(x), static_cast<float>(y)));
        seen();
    });
    glfwSetScrollCallback(w, [](GLFWwindow* win, double x, double y) {
        ImGui_ImplGlfw_ScrollCallback(win, x, y);
        seen();
    });
    glfwSetCursorPosCallback(w, [](GLFWwindow* win, double x, double y) {
        ImGui_ImplGlfw_CursorPosCallback(win, x, y);
        g_layer->pointer(ImVec2(static_cast<float>(x), static_cast<float>(y)));
        seen();
    });
    glfwSetCursorEnterCallback(w, [](GLFWwindow* win, int entered) {
        ImGui_ImplGlfw_CursorEnterCallback(win, entered);
        seen();
    });
    glfwSetWindowFocusCallback(w, [](GLFWwindow* win, int focused) {
        ImGui_ImplGlfw_WindowFocusCallback(win, focused);
        g_layer->window_focus(focused != 0);
        seen();
    });
    glfwSetWindowSizeCallback(w, [](GLFWwindow*, int, int) { seen(); });
    glfwSetWindowRefreshCallback(w, [](GLFWwindow*) { seen(); });
    glfwSetWindowContentScaleCallback(w, [](GLFWwindow*, float, float) { seen(); });
}

}  // namespace mandalart::platform
