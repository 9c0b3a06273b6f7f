#pragma once
// Keyboard helpers over ImGui 1.86's pre-1.87 input API, where io.KeysDown is indexed by the
// platform's key codes (GLFW's here). Headless tests install the same key map.
#include <GLFW/glfw3.h>
#include <imgui.h>

namespace mandalart::ui {

// The key map ImGui_ImplGlfw installs, for contexts without a window (tests).
void install_glfw_key_map(ImGuiIO& io);

inline bool pressed(int glfw_key, bool repeat = true) { return ImGui::IsKeyPressed(glfw_key, repeat); }
inline bool ctrl() { return ImGui::GetIO().KeyCtrl; }
inline bool shift() { return ImGui::GetIO().KeyShift; }
inline bool alt() { return ImGui::GetIO().KeyAlt; }
// Ctrl+key with no Alt (Shift as given).
inline bool shortcut(int glfw_key, bool with_shift = false) {
    return ctrl() && !alt() && shift() == with_shift && pressed(glfw_key, false);
}

}  // namespace mandalart::ui
