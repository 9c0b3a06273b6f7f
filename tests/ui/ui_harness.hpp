#pragma once
// Drives the real App headless: an ImGui context with a built font atlas and no window,
// fed keyboard and mouse through ImGuiIO, one frame at a time.
#include <imgui.h>

#include <string>

#include "core/text.hpp"
#include "ui/app.hpp"
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
        ui::install_key_map(io);
        frame();
        frame();
    }
    ~UiHarness() { ImGui::DestroyContext(); }
    UiHarness(const UiHarness&) = delete;
    UiHarness& operator=(const UiHarness&) = delete;

    void frame() {
        ImGuiIO& io = ImGui::GetIO();
        app_.update_fonts(*io.Fonts, 1.0f);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        ImGui::NewFrame();
        app_.frame(now_);
        ImGui::Render();
        now_ += 1.0 / 60.0;
    }
    void frames(int n) {
        for (int i = 0; i < n; ++i) frame();
    }
    // Presses and releases a key (the UI's key) with modifiers.
    void key(ui::Key k, bool ctrl = false, bool shift = false) {
        ImGuiIO& io = ImGui::GetIO();
        set_mods(ctrl, shift);
        io.KeysDown[ui::key_index(k)] = true;
        frame();
        io.KeysDown[ui::key_index(k)] = false;
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
        io.MousePos = at;
        frame();
        for (int i = 0; i < clicks; ++i) {
            io.MouseDown[0] = true;
            frame();
            io.MouseDown[0] = false;
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
    // Lets time pass (autosave runs on time).
    void wait(double seconds) {
        now_ += seconds;
        frame();
    }

private:
    void set_mods(bool ctrl, bool shift) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = ctrl;
        io.KeyShift = shift;
        io.KeysDown[ui::key_index(ui::Key::LeftCtrl)] = ctrl;
        io.KeysDown[ui::key_index(ui::Key::LeftShift)] = shift;
    }
    ui::App& app_;
    double now_ = 100.0;
};

}  // namespace mandalart::testing
