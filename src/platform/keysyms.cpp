// X keysyms (what input methods speak) to the UI's keys and text.
#include <X11/keysym.h>

#include "core/text.hpp"
#include "platform/input_layer.hpp"

namespace mandalart::platform {

ui::Key key_from_keysym(std::uint32_t keysym) {
    using ui::Key;
    if (keysym >= 'a' && keysym <= 'z') return static_cast<Key>(keysym - 'a' + 'A');
    if ((keysym >= 'A' && keysym <= 'Z') || (keysym >= '0' && keysym <= '9')) return static_cast<Key>(keysym);
    if (keysym >= XK_F1 && keysym <= XK_F12) return static_cast<Key>(ui::key_index(Key::F1) + static_cast<int>(keysym - XK_F1));
    if (keysym >= XK_KP_0 && keysym <= XK_KP_9) return static_cast<Key>(ui::key_index(Key::Keypad0) + static_cast<int>(keysym - XK_KP_0));
    switch (keysym) {
        case XK_space: return Key::Space;
        case XK_minus: return Key::Minus;
        case XK_equal:
        case XK_plus: return Key::Equal;
        case XK_Escape: return Key::Escape;
        case XK_Return: return Key::Enter;
        case XK_Tab:
        case XK_ISO_Left_Tab: return Key::Tab;
        case XK_BackSpace: return Key::Backspace;
        case XK_Insert: return Key::Insert;
        case XK_Delete: return Key::Delete;
        case XK_Right: return Key::Right;
        case XK_Left: return Key::Left;
        case XK_Down: return Key::Down;
        case XK_Up: return Key::Up;
        case XK_Page_Up: return Key::PageUp;
        case XK_Page_Down: return Key::PageDown;
        case XK_Home: return Key::Home;
        case XK_End: return Key::End;
        case XK_KP_Enter: return Key::KeypadEnter;
        case XK_KP_Add: return Key::KeypadAdd;
        case XK_KP_Subtract: return Key::KeypadSubtract;
        case XK_KP_Decimal: return Key::KeypadDecimal;
        case XK_KP_Divide: return Key::KeypadDivide;
        case XK_KP_Multiply: return Key::KeypadMultiply;
        case XK_Shift_L: return Key::LeftShift;
        case XK_Shift_R: return Key::RightShift;
        case XK_Control_L: return Key::LeftCtrl;
        case XK_Control_R: return Key::RightCtrl;
        case XK_Alt_L: return Key::LeftAlt;
        case XK_Alt_R: return Key::RightAlt;
        case XK_Super_L: return Key::LeftSuper;
        case XK_Super_R: return Key::RightSuper;
        default: return Key::Unknown;
    }
}

std::string text_of_keysym(std::uint32_t keysym) {
    char32_t c = 0;
    if ((keysym >= 0x20 && keysym <= 0x7e) || (keysym >= 0xa0 && keysym <= 0xff)) c = keysym;  // Latin-1
    else if ((keysym & 0xff000000u) == 0x01000000u) c = keysym & 0x00ffffffu;                // Unicode keysyms
    else if (keysym >= XK_KP_0 && keysym <= XK_KP_9) c = U'0' + (keysym - XK_KP_0);
    std::string out;
    if (c != 0) append_utf8(out, c);
    return out;
}

int mods_from_state(std::uint32_t x_state) {
    return ((x_state & kShiftMask) ? kModShift : 0) | ((x_state & kControlMask) ? kModCtrl : 0) |
           ((x_state & kAltMask) ? kModAlt : 0) | ((x_state & kSuperMask) ? kModSuper : 0);
}

}  // namespace mandalart::platform
