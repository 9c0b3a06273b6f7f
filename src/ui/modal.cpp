#include "ui/modal.hpp"

#include <algorithm>
#include <utility>

#include <imgui.h>

#include "ui/hit_targets.hpp"

namespace mandalart::ui {

float wrap_width() {
    return std::min(ImGui::GetFontSize() * 34.0f, ImGui::GetMainViewport()->WorkSize.x - ImGui::GetFontSize() * 3.0f);
}

void beside_if_fits(const char* next_label) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float next = ImGui::CalcTextSize(next_label, nullptr, true).x + style.FramePadding.x * 2.0f;
    const float right = ImGui::GetItemRectMax().x + style.ItemSpacing.x + next;
    if (right <= ImGui::GetWindowPos().x + style.WindowPadding.x + wrap_width()) ImGui::SameLine();
}

void choice(const char* label, AppCommand command, UiOutput& out, const char* target) {
    const bool clicked = ImGui::Button(label);
    if (target != nullptr) mark_target(target);
    if (clicked) {
        out.command(std::move(command));
        ImGui::CloseCurrentPopup();
    }
}

bool begin_modal(const char* id, bool& open_request, bool stands) {
    if (open_request) {
        if (stands) ImGui::OpenPopup(id);
        open_request = false;  // asked once: never left pending, so the app can go idle
    }
    const ImVec2 centre(ImGui::GetIO().DisplaySize.x * 0.5f, ImGui::GetIO().DisplaySize.y * 0.5f);
    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) return false;
    if (stands) return true;
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return false;
}

}  // namespace mandalart::ui
