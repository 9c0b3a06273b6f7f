#pragma once
// Where named buttons were drawn in the latest frame, so that tests click them where a user would
// (the headless harness has no other way to find an item inside a popup or a panel).
#include <optional>
#include <string>

#include <imgui.h>

namespace mandalart::ui {

// Forgets the previous frame's (the app calls it as a frame begins).
void begin_frame_targets();
// Names the item just submitted (ImGui's last item).
void mark_target(const std::string& name);
// The centre of the item named so in the latest frame; nullopt when it was not drawn.
std::optional<ImVec2> target_centre(const std::string& name);

}  // namespace mandalart::ui
