#include "platform/window_input.hpp"

#include <imgui.h>
#include <imgui_impl_glfw.h>

#include <GLFW/glfw3.h>

#include "platform/gui_context.hpp"
#include "platform/input_layer.hpp"
#include "platform/window_system.hpp"

namespace mandalart::platform {
namespace {

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

void seen(GLFWwindow* window) { context_of(window).activity.input_seen = true; }
InputLayer& layer_of(GLFWwindow* window) { return context_of(window).input; }

bool modifier(int key) { return key >= GLFW_KEY_LEFT_SHIFT && key <= GLFW_KEY_RIGHT_SUPER; }

}  // namespace

void install_window_input(GLFWwindow* w) {
    glfwSetInputMode(w, GLFW_LOCK_KEY_MODS, GLFW_TRUE);
    glfwSetKeyCallback(w, [](GLFWwindow* win, int key, int scancode, int action, int mods) {
        layer_of(win).key(key_from_glfw(key), ime_key(key, scancode, action, mods), action != GLFW_RELEASE, mods_from_glfw(mods));
        if (action == GLFW_PRESS && !modifier(key)) ++context_of(win).activity.key_presses;
        seen(win);
    });
    glfwSetCharCallback(w, [](GLFWwindow* win, unsigned int c) {
        layer_of(win).character(static_cast<char32_t>(c));
        seen(win);
    });
    glfwSetMouseButtonCallback(w, [](GLFWwindow* win, int button, int action, int) {
        double x = 0, y = 0;
        glfwGetCursorPos(win, &x, &y);
        layer_of(win).mouse_button(button, action == GLFW_PRESS, ImVec2(static_cast<float>(x), static_cast<float>(y)));
        seen(win);
    });
    glfwSetScrollCallback(w, [](GLFWwindow* win, double x, double y) {
        ImGui_ImplGlfw_ScrollCallback(win, x, y);
        seen(win);
    });
    glfwSetCursorPosCallback(w, [](GLFWwindow* win, double x, double y) {
        ImGui_ImplGlfw_CursorPosCallback(win, x, y);
        layer_of(win).pointer(ImVec2(static_cast<float>(x), static_cast<float>(y)));
        seen(win);
    });
    glfwSetCursorEnterCallback(w, [](GLFWwindow* win, int entered) {
        ImGui_ImplGlfw_CursorEnterCallback(win, entered);
        seen(win);
    });
    glfwSetWindowFocusCallback(w, [](GLFWwindow* win, int focused) {
        ImGui_ImplGlfw_WindowFocusCallback(win, focused);
        layer_of(win).window_focus(focused != 0);
        seen(win);
    });
    glfwSetWindowSizeCallback(w, [](GLFWwindow* win, int, int) { seen(win); });
    glfwSetWindowRefreshCallback(w, [](GLFWwindow* win) { seen(win); });
    glfwSetWindowContentScaleCallback(w, [](GLFWwindow* win, float, float) { seen(win); });
}

GuiContext& context_of(GLFWwindow* window) { return *static_cast<GuiContext*>(glfwGetWindowUserPointer(window)); }

}  // namespace mandalart::platform
