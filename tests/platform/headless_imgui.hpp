#pragma once
// An ImGui context with no window (its textures kept in memory), for tests that hand input to
// ImGui frame by frame (platform/input_queue) and look at what each frame saw.
#include <imgui.h>

#include "ui/headless_textures.hpp"

namespace mandalart::testing {

struct HeadlessImGui {
    HeadlessImGui() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(800, 600);
        io.IniFilename = nullptr;
        io.ConfigInputTrickleEventQueue = false;  // as the window: the queue spreads events over frames
        ui::start_headless_textures(io);
    }
    ~HeadlessImGui() { ImGui::DestroyContext(); }
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;
};

}  // namespace mandalart::testing
