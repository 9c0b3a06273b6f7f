#pragma once
// The fonts the views draw with. Dear ImGui 1.92 draws a font at any size and loads each glyph
// the first time it is drawn at that size, so one regular and one bold font serve every size;
// the sizes here are in pixels at the window's current scale (content scale × zoom).
#include <imgui.h>

namespace mandalart::ui {

inline constexpr float kUiFontPx = 17.0f;     // menus, panels, dialogs (before scaling)
inline constexpr float kChartFontPx = 26.0f;  // cell text, at most (before scaling)

struct Fonts {
    ImFont* ui = nullptr;          // menus, panels, dialogs
    ImFont* chart = nullptr;       // cell text (the same face as ui, drawn larger)
    ImFont* chart_bold = nullptr;  // the core goal and sub-goals, headings
    float ui_size = kUiFontPx;     // pixels, scaled
    float chart_size = kChartFontPx;
};

// ImGui::PushFont for a size in pixels as shown (PushFont's size is multiplied by the style's
// global scales, the window's content scale × zoom among them).
inline void push_font_px(ImFont* font, float px) {
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushFont(font, px / (style.FontScaleMain * style.FontScaleDpi));
}

}  // namespace mandalart::ui
