#include "ui/modal.hpp"

#include <imgui.h>

namespace mandalart::ui {

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
