#include "ui/theme.hpp"

#include <algorithm>

namespace mandalart::ui {

ImU32 to_imu32(Colour c, int alpha) { return IM_COL32(c.r, c.g, c.b, alpha); }

ImU32 mix(ImU32 base, Colour colour, float amount) {
    const auto channel = [&](int shift, std::uint8_t target) {
        const float b = static_cast<float>((base >> shift) & 0xFF);
        return static_cast<int>(b + (static_cast<float>(target) - b) * amount + 0.5f);
    };
    return IM_COL32(channel(IM_COL32_R_SHIFT, colour.r), channel(IM_COL32_G_SHIFT, colour.g),
                    channel(IM_COL32_B_SHIFT, colour.b), 255);
}

ImU32 text_on(ImU32 fill) {
    const float r = static_cast<float>((fill >> IM_COL32_R_SHIFT) & 0xFF);
    const float g = static_cast<float>((fill >> IM_COL32_G_SHIFT) & 0xFF);
    const float b = static_cast<float>((fill >> IM_COL32_B_SHIFT) & 0xFF);
    const float luma = 0.299f * r + 0.587f * g + 0.114f * b;
    return luma > 150.0f ? IM_COL32(28, 30, 34, 255) : IM_COL32(255, 255, 255, 255);
}

const ChartPalette& chart_palette(Theme theme) {
    static const ChartPalette light{IM_COL32(238, 240, 244, 255), IM_COL32(255, 255, 255, 255), IM_COL32(33, 37, 41, 255),
                                    IM_COL32(176, 182, 190, 255), IM_COL32(37, 45, 61, 255),    IM_COL32(255, 255, 255, 255),
                                    IM_COL32(33, 111, 219, 255),  IM_COL32(120, 130, 145, 255), 0.10f, 0.55f};
    static const ChartPalette dark{IM_COL32(24, 26, 31, 255),    IM_COL32(40, 43, 51, 255),    IM_COL32(230, 232, 236, 255),
                                   IM_COL32(98, 104, 116, 255),  IM_COL32(236, 239, 244, 255), IM_COL32(24, 26, 31, 255),
                                   IM_COL32(102, 170, 255, 255), IM_COL32(150, 156, 168, 255), 0.16f, 0.62f};
    return theme == Theme::Dark ? dark : light;
}

void apply_theme(Theme theme, float scale) {
    ImGuiStyle style;
    if (theme == Theme::Dark) ImGui::StyleColorsDark(&style);
    else ImGui::StyleColorsLight(&style);
    style.WindowRounding = 6.0f;
    style.FrameRounding = 4.0f;
    style.PopupRounding = 6.0f;
    style.GrabRounding = 4.0f;
    style.TabRounding = 4.0f;
    style.WindowBorderSize = 0.0f;
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(8, 7);
    style.WindowPadding = ImVec2(12, 10);
    const ChartPalette& p = chart_palette(theme);
    style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(p.background);
    if (theme == Theme::Light) {
        style.Colors[ImGuiCol_MenuBarBg] = ImVec4(0.98f, 0.98f, 0.99f, 1.0f);
        style.Colors[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 1.0f, 0.98f);
    }
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

ImU32 with_alpha(ImU32 colour, int alpha) { return (colour & 0x00FFFFFF) | (static_cast<ImU32>(alpha) << 24); }

void draw_bar(ImDrawList& list, ImVec2 min, ImVec2 max, double value, ImU32 track, ImU32 colour) {
    const float r = (max.y - min.y) * 0.5f;
    list.AddRectFilled(min, max, track, r);
    const float w = (max.x - min.x) * static_cast<float>(std::clamp(value, 0.0, 1.0));
    if (w > 0.5f) list.AddRectFilled(min, ImVec2(min.x + std::max(w, 2 * r), max.y), colour, r);
}

}  // namespace mandalart::ui
