#include "platform/key_latch.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

namespace mandalart::platform {
namespace {

constexpr int kModifierKeys[] = {GLFW_KEY_LEFT_CONTROL, GLFW_KEY_RIGHT_CONTROL, GLFW_KEY_LEFT_SHIFT,
                                 GLFW_KEY_RIGHT_SHIFT,  GLFW_KEY_LEFT_ALT,      GLFW_KEY_RIGHT_ALT,
                                 GLFW_KEY_LEFT_SUPER,   GLFW_KEY_RIGHT_SUPER};

bool valid(int key) { return key >= 0 && key < static_cast<int>(IM_ARRAYSIZE(ImGuiIO::KeysDown)); }

}  // namespace

void KeyLatch::on_key(int key, int action, int mods) {
    if (action == GLFW_PRESS && valid(key)) pending_.push_back({key, mods});
}

void KeyLatch::apply() {
    ImGuiIO& io = ImGui::GetIO();
    shown_.swap(pending_);
    pending_.clear();
    for (const Press& p : shown_) {
        io.KeysDown[p.key] = true;
        io.KeyCtrl = io.KeyCtrl || (p.mods & GLFW_MOD_CONTROL);
        io.KeyShift = io.KeyShift || (p.mods & GLFW_MOD_SHIFT);
        io.KeyAlt = io.KeyAlt || (p.mods & GLFW_MOD_ALT);
        io.KeySuper = io.KeySuper || (p.mods & GLFW_MOD_SUPER);
    }
}

void KeyLatch::release(GLFWwindow* window) {
    if (shown_.empty()) return;
    ImGuiIO& io = ImGui::GetIO();
    for (const Press& p : shown_) io.KeysDown[p.key] = glfwGetKey(window, p.key) == GLFW_PRESS;
    for (const int k : kModifierKeys) io.KeysDown[k] = glfwGetKey(window, k) == GLFW_PRESS;
    io.KeyCtrl = io.KeysDown[GLFW_KEY_LEFT_CONTROL] || io.KeysDown[GLFW_KEY_RIGHT_CONTROL];
    io.KeyShift = io.KeysDown[GLFW_KEY_LEFT_SHIFT] || io.KeysDown[GLFW_KEY_RIGHT_SHIFT];
    io.KeyAlt = io.KeysDown[GLFW_KEY_LEFT_ALT] || io.KeysDown[GLFW_KEY_RIGHT_ALT];
    io.KeySuper = io.KeysDown[GLFW_KEY_LEFT_SUPER] || io.KeysDown[GLFW_KEY_RIGHT_SUPER];
    shown_.clear();
}

}  // namespace mandalart::platform
