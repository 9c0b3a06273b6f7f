#pragma once
// The UI's own keys. The platform layer turns the window system's keys (GLFW's, and the keys an
// input method forwards) into these and hands them to ImGui as key events (io.AddKeyEvent with
// imgui_key()). No GLFW here: the UI knows only these.
#include <imgui.h>

namespace mandalart::ui {

// Printable keys carry their ASCII code (letters upper case); the others sit above 255.
enum class Key : int {
    Unknown = 0,
    Space = ' ', Minus = '-', Equal = '=',
    Num0 = '0', Num1, Num2, Num3, Num4, Num5, Num6, Num7, Num8, Num9,
    A = 'A', B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W, X, Y, Z,
    Escape = 256, Enter, Tab, Backspace, Insert, Delete, Right, Left, Down, Up, PageUp, PageDown, Home, End,
    F1 = 290, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12,
    Keypad0 = 320, Keypad1, Keypad2, Keypad3, Keypad4, Keypad5, Keypad6, Keypad7, Keypad8, Keypad9,
    KeypadDecimal, KeypadDivide, KeypadMultiply, KeypadSubtract, KeypadAdd, KeypadEnter,
    LeftShift = 340, LeftCtrl, LeftAlt, LeftSuper, RightShift, RightCtrl, RightAlt, RightSuper,
};

constexpr int key_index(Key k) { return static_cast<int>(k); }

// ImGui's name for the key (ImGuiKey_None for Unknown).
ImGuiKey imgui_key(Key k);

inline bool pressed(Key key, bool repeat = true) { return ImGui::IsKeyPressed(imgui_key(key), repeat); }
inline bool ctrl() { return ImGui::GetIO().KeyCtrl; }
inline bool shift() { return ImGui::GetIO().KeyShift; }
inline bool alt() { return ImGui::GetIO().KeyAlt; }
inline bool super() { return ImGui::GetIO().KeySuper; }
// Enter on the main keyboard or the keypad.
inline bool enter_pressed() { return pressed(Key::Enter, false) || pressed(Key::KeypadEnter, false); }
// Ctrl+key with no Alt (Shift as given).
inline bool shortcut(Key key, bool with_shift = false) {
    return ctrl() && !alt() && shift() == with_shift && pressed(key, false);
}

}  // namespace mandalart::ui
