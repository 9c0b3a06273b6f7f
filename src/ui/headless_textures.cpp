#include "ui/headless_textures.hpp"

#include <imgui.h>

namespace mandalart::ui {

void start_headless_textures(ImGuiIO& io) { io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures; }

void honour_texture_requests() {
    for (ImTextureData* texture : ImGui::GetPlatformIO().Textures) {
        if (texture->Status == ImTextureStatus_WantCreate) {
            texture->SetTexID(static_cast<ImTextureID>(texture->UniqueID + 1));  // any id that is not 0
            texture->SetStatus(ImTextureStatus_OK);
        } else if (texture->Status == ImTextureStatus_WantUpdates) {
            texture->SetStatus(ImTextureStatus_OK);
        } else if (texture->Status == ImTextureStatus_WantDestroy && texture->UnusedFrames > 0) {
            texture->SetTexID(ImTextureID_Invalid);
            texture->SetStatus(ImTextureStatus_Destroyed);
        }
    }
}

}  // namespace mandalart::ui
