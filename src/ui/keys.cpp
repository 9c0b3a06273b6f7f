#include "ui/keys.hpp"

namespace mandalart::ui {

ImGuiKey imgui_key(Key k) {
    const int code = key_index(k);
    if (k >= Key::A && k <= Key::Z) return static_cast<ImGuiKey>(ImGuiKey_A + (code - key_index(Key::A)));
    if (k >= Key::Num0 && k <= Key::Num9) return static_cast<ImGuiKey>(ImGuiKey_0 + (code - key_index(Key::Num0)));
    if (k >= Key::F1 && k <= Key::F12) return static_cast<ImGuiKey>(ImGuiKey_F1 + (code - key_index(Key::F1)));
    if (k >= Key::Keypad0 && k <= Key::Keypad9) return static_cast<ImGuiKey>(ImGuiKey_Keypad0 + (code - key_index(Key::Keypad0)));
    switch (k) {
        case Key::Space: return ImGuiKey_Space;
        case Key::Minus: return ImGuiKey_Minus;
        case Key::Equal: return ImGuiKey_Equal;
        case Key::Escape: return ImGuiKey_Escape;
        case Key::Enter: return ImGuiKey_Enter;
        case Key::Tab: return ImGuiKey_Tab;
        case Key::Backspace: return ImGuiKey_Backspace;
        case Key::Insert: return ImGuiKey_Insert;
        case Key::Delete: return ImGuiKey_Delete;
        case Key::Right: return ImGuiKey_RightArrow;
        case Key::Left: return ImGuiKey_LeftArrow;
        case Key::Down: return ImGuiKey_DownArrow;
        case Key::Up: return ImGuiKey_UpArrow;
        case Key::PageUp: return ImGuiKey_PageUp;
        case Key::PageDown: return ImGuiKey_PageDown;
        case Key::Home: return ImGuiKey_Home;
        case Key::End: return ImGuiKey_End;
        case Key::KeypadDecimal: return ImGuiKey_KeypadDecimal;
        case Key::KeypadDivide: return ImGuiKey_KeypadDivide;
        case Key::KeypadMultiply: return ImGuiKey_KeypadMultiply;
        case Key::KeypadSubtract: return ImGuiKey_KeypadSubtract;
        case Key::KeypadAdd: return ImGuiKey_KeypadAdd;
        case Key::KeypadEnter: return ImGuiKey_KeypadEnter;
        case Key::LeftShift: return ImGuiKey_LeftShift;
        case Key::LeftCtrl: return ImGuiKey_LeftCtrl;
        case Key::LeftAlt: return ImGuiKey_LeftAlt;
        case Key::LeftSuper: return ImGuiKey_LeftSuper;
        case Key::RightShift: return ImGuiKey_RightShift;
        case Key::RightCtrl: return ImGuiKey_RightCtrl;
        case Key::RightAlt: return ImGuiKey_RightAlt;
        case Key::RightSuper: return ImGuiKey_RightSuper;
        default: return ImGuiKey_None;
    }
}

}  // namespace mandalart::ui
