#include "ui/keys.hpp"

namespace mandalart::ui {

void install_key_map(ImGuiIO& io) {
    io.KeyMap[ImGuiKey_Tab] = key_index(Key::Tab);
    io.KeyMap[ImGuiKey_LeftArrow] = key_index(Key::Left);
    io.KeyMap[ImGuiKey_RightArrow] = key_index(Key::Right);
    io.KeyMap[ImGuiKey_UpArrow] = key_index(Key::Up);
    io.KeyMap[ImGuiKey_DownArrow] = key_index(Key::Down);
    io.KeyMap[ImGuiKey_PageUp] = key_index(Key::PageUp);
    io.KeyMap[ImGuiKey_PageDown] = key_index(Key::PageDown);
    io.KeyMap[ImGuiKey_Home] = key_index(Key::Home);
    io.KeyMap[ImGuiKey_End] = key_index(Key::End);
    io.KeyMap[ImGuiKey_Insert] = key_index(Key::Insert);
    io.KeyMap[ImGuiKey_Delete] = key_index(Key::Delete);
    io.KeyMap[ImGuiKey_Backspace] = key_index(Key::Backspace);
    io.KeyMap[ImGuiKey_Space] = key_index(Key::Space);
    io.KeyMap[ImGuiKey_Enter] = key_index(Key::Enter);
    io.KeyMap[ImGuiKey_Escape] = key_index(Key::Escape);
    io.KeyMap[ImGuiKey_KeyPadEnter] = key_index(Key::KeypadEnter);
    io.KeyMap[ImGuiKey_A] = key_index(Key::A);
    io.KeyMap[ImGuiKey_C] = key_index(Key::C);
    io.KeyMap[ImGuiKey_V] = key_index(Key::V);
    io.KeyMap[ImGuiKey_X] = key_index(Key::X);
    io.KeyMap[ImGuiKey_Y] = key_index(Key::Y);
    io.KeyMap[ImGuiKey_Z] = key_index(Key::Z);
}

}  // namespace mandalart::ui
