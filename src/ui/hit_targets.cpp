#include "ui/hit_targets.hpp"

#include <map>

namespace mandalart::ui {
namespace {

std::map<std::string, ImVec2>& targets() {
    static std::map<std::string, ImVec2> drawn;
    return drawn;
}

}  // namespace

void begin_frame_targets() { targets().clear(); }

void mark_target(const std::string& name) {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    targets()[name] = ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
}

std::optional<ImVec2> target_centre(const std::string& name) {
    const auto it = targets().find(name);
    if (it == targets().end()) return std::nullopt;
    return it->second;
}

}  // namespace mandalart::ui
