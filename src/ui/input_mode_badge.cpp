#include "ui/input_mode_badge.hpp"

#include <algorithm>

#include "ui/strings.hpp"

namespace mandalart::ui {

ImRect draw_input_mode_badge(ImDrawList& list, const TextInputRequest& request, InputMode mode, ImFont* font,
                             const ImRect& bounds) {
    if (!request.wanted || mode == InputMode::Unknown || font == nullptr) return {};
    const bool native = mode == InputMode::Native;
    // The same glyph in either language: the mode is the input method's, not the UI's.
    const char* label = tr(native ? Str::InputModeNative : Str::InputModeLatin, Language::Korean);
    const float size = std::max(12.0f, request.height * 0.7f);
    const ImVec2 text = font->CalcTextSizeA(size, FLT_MAX, 0.0f, label);
    const float pad = std::max(2.0f, size * 0.25f);
    const ImVec2 extent(std::max(text.x, size * 0.8f) + 2.0f * pad, size + pad);
    // Just below the caret, a little to its right; kept inside the window.
    ImVec2 at(request.caret.x + 2.0f, request.caret.y + request.height + 2.0f);
    at.x = std::clamp(at.x, bounds.Min.x, std::max(bounds.Min.x, bounds.Max.x - extent.x));
    at.y = std::clamp(at.y, bounds.Min.y, std::max(bounds.Min.y, bounds.Max.y - extent.y));
    const ImRect badge(at, ImVec2(at.x + extent.x, at.y + extent.y));
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImU32 fill = ImGui::GetColorU32(native ? style.Colors[ImGuiCol_CheckMark] : style.Colors[ImGuiCol_TextDisabled]);
    list.AddRectFilled(badge.Min, badge.Max, fill, size * 0.3f);
    list.AddText(font, size, ImVec2(badge.Min.x + (extent.x - text.x) * 0.5f, badge.Min.y + pad * 0.5f),
                 IM_COL32(255, 255, 255, 255), label);
    return badge;
}

}  // namespace mandalart::ui
