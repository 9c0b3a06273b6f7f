#pragma once
// An ImGui context with no window, its fonts built and the UI's key map installed, for tests that
// hand input to ImGui frame by frame (platform/input_queue) and look at what each frame saw.
#include <imgui.h>

#include "ui/keys.hpp"

namespace mandalart::testing {

struct HeadlessImGui {
    HeadlessImGui() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(800, 600);
        io.IniFilename = nullptr;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        ui::install_key_map(io);
    }
    ~HeadlessImGui() { ImGui::DestroyContext(); }
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;
};

}  // namespace mandalart::testing
