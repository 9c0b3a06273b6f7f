#pragma once
// The input layer fed to a headless ImGui frame by frame: what each frame saw as typed text and
// keys, for the tests of the layer with any input method (a scripted one, IMM32's stand-in).
#include <algorithm>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/text.hpp"
#include "headless_imgui.hpp"
#include "platform/input_layer.hpp"
#include "ui/headless_textures.hpp"
#include "ui/keys.hpp"

namespace mandalart::testing {

// An ImGui context (no window) whose frames the queue feeds; records what each frame saw.
struct LayerFrames {
    HeadlessImGui imgui;  // made first, ended last
    platform::InputQueue queue;
    platform::InputLayer layer{queue};
    ui::Composition composition;

    // One frame: what ImGui saw as typed text and as keys pressed.
    struct Seen {
        std::string text;
        std::vector<ui::Key> keys;
        bool ctrl = false, shift = false;
        bool mouse = false;
    };
    Seen frame() {
        ImGuiIO& io = ImGui::GetIO();
        queue.apply(io, composition);
        Seen seen;
        ImGui::NewFrame();  // takes the frame's events
        for (const ImWchar c : io.InputQueueCharacters) append_utf8(seen.text, c);
        for (int k = 1; k <= ui::key_index(ui::Key::RightSuper); ++k)
            if (const ImGuiKey key = ui::imgui_key(static_cast<ui::Key>(k)); key != ImGuiKey_None && ImGui::IsKeyPressed(key, false))
                seen.keys.push_back(static_cast<ui::Key>(k));
        seen.ctrl = io.KeyCtrl;
        seen.shift = io.KeyShift;
        seen.mouse = io.MouseDown[0];
        ImGui::Render();
        ui::honour_texture_requests();
        return seen;
    }
    // A key press as the window reports it (with what it types, if anything).
    void press(ui::Key key, std::uint32_t keysym, const char* typed = nullptr, int mods = 0) {
        layer.key(key, platform::ImeKey{keysym, 36, 0, false}, true, mods);
        if (typed != nullptr) layer.character(static_cast<char32_t>(typed[0]));
        layer.key(key, platform::ImeKey{keysym, 36, 0, true}, false, mods);
    }
};

inline bool pressed_in(const LayerFrames::Seen& s, ui::Key k) {
    return std::find(s.keys.begin(), s.keys.end(), k) != s.keys.end();
}

}  // namespace mandalart::testing
