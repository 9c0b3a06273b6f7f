#pragma once
// Drives the real App headless: an ImGui context and no window (its textures kept in memory),
// fed keyboard and mouse through ImGui's input events, one frame at a time.
#include <imgui.h>

#include <string>

#include "core/text.hpp"
#include "ui/app.hpp"
#include "ui/headless_textures.hpp"
#include "ui/hit_targets.hpp"
#include "ui/keys.hpp"

namespace mandalart::testing {

using Key = ui::Key;

class UiHarness {
public:
    explicit UiHarness(ui::App& app) : app_(app) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(1280, 900);
        io.IniFilename = nullptr;
        io.DeltaTime = 1.0f / 60.0f;
        io.ConfigInputTrickleEventQueue = false;  // as the window's input queue: each frame gets what was sent for it
        ui::start_headless_textures(io);
        frame();
        frame();
    }
    ~UiHarness() { ImGui::DestroyContext(); }
    UiHarness(const UiHarness&) = delete;
    UiHarness& operator=(const UiHarness&) = delete;

    void frame() {
        ImGuiIO& io = ImGui::GetIO();
        app_.update_fonts(*io.Fonts, content_scale);
        ImGui::NewFrame();
        app_.frame(now_);
        ImGui::Render();
        ui::honour_texture_requests();
        now_ += 1.0 / 60.0;
    }
    void frames(int n) {
        for (int i = 0; i < n; ++i) frame();
    }
    // Presses and releases a key (the UI's key) with modifiers.
    void key(ui::Key k, bool ctrl = false, bool shift = false) {
        ImGuiIO& io = ImGui::GetIO();
        set_mods(ctrl, shift);
        io.AddKeyEvent(ui::imgui_key(k), true);
        frame();
        io.AddKeyEvent(ui::imgui_key(k), false);
        frame();
        set_mods(false, false);
        frame();
    }
    // Types UTF-8 text one character per frame, as GLFW delivers composed syllables.
    void type(const std::string& utf8) {
        for (const char32_t c : decode_utf8(utf8)) {
            ImGui::GetIO().AddInputCharacter(static_cast<unsigned int>(c));
            frame();
        }
        frame();
    }
    void click(ImVec2 at, int clicks = 1) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(at.x, at.y);
        frame();
        for (int i = 0; i < clicks; ++i) {
            io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
            frame();
            io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
            frame();
        }
        frame();
    }
    // Clicks the button the app marked `name` in the latest frame (ui/hit_targets.hpp), as a user
    // would; false when it is not on screen.
    bool click_target(const std::string& name) {
        const auto at = ui::target_centre(name);
        if (!at) return false;
        click(*at);
        return true;
    }
    // The window's content scale (Xft.dpi / 96), as the platform passes it each frame.
    float content_scale = 1.0f;
    // Lets time pass (autosave runs on time).
    void wait(double seconds) {
        now_ += seconds;
        frame();
    }

private:
    void set_mods(bool ctrl, bool shift) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
        io.AddKeyEvent(ImGuiMod_Shift, shift);
        io.AddKeyEvent(ImGuiKey_LeftCtrl, ctrl);
        io.AddKeyEvent(ImGuiKey_LeftShift, shift);
    }
    ui::App& app_;
    double now_ = 100.0;
};

}  // namespace mandalart::testing
