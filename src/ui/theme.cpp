#include "ui/theme.hpp"

#include <algorithm>

#include "ui/fonts.hpp"

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

Colour to_colour(ImU32 c) {
    return Colour{static_cast<std::uint8_t>((c >> IM_COL32_R_SHIFT) & 0xFF), static_cast<std::uint8_t>((c >> IM_COL32_G_SHIFT) & 0xFF),
                  static_cast<std::uint8_t>((c >> IM_COL32_B_SHIFT) & 0xFF)};
}

ImU32 text_on(ImU32 fill) {
    constexpr Colour dark{12, 13, 16}, white{255, 255, 255};
    const Colour f = to_colour(fill);
    return to_imu32(contrast_ratio(dark, f) >= contrast_ratio(white, f) ? dark : white);
}

namespace {

ImU32 readable_shade(Colour colour, Theme theme, double ratio) {
    const ChartPalette& p = chart_palette(theme);
    const Colour shade = readable_on(readable_on(colour, to_colour(p.background), ratio), to_colour(p.cell), ratio);
    return to_imu32(readable_on(shade, to_colour(p.background), ratio));
}

}  // namespace

ImU32 goal_ink(Colour colour, Theme theme) { return readable_shade(colour, theme, kTextContrast); }
ImU32 goal_line(Colour colour, Theme theme) { return readable_shade(colour, theme, kShapeContrast); }

ImU32 hint_on(ImU32 fill, ImU32 text) {
    // Half-way between the text and the fill, or nearer the text if that is not yet 3:1.
    const Colour f = to_colour(fill), t = to_colour(text);
    for (int step = 50; step <= 100; step += 5) {
        const Colour c = blend(f, t, step / 100.0);
        if (contrast_ratio(c, f) >= kShapeContrast) return to_imu32(c);
    }
    return text;
}

const ChartPalette& chart_palette(Theme theme) {
    static const ChartPalette light{IM_COL32(238, 240, 244, 255), IM_COL32(255, 255, 255, 255), IM_COL32(33, 37, 41, 255),
                                    IM_COL32(124, 130, 140, 255), IM_COL32(96, 102, 112, 255),  IM_COL32(37, 45, 61, 255),
                                    IM_COL32(255, 255, 255, 255), IM_COL32(33, 111, 219, 255),  IM_COL32(120, 130, 145, 255),
                                    0.10f, 0.55f};
    static const ChartPalette dark{IM_COL32(24, 26, 31, 255),    IM_COL32(40, 43, 51, 255),    IM_COL32(230, 232, 236, 255),
                                   IM_COL32(122, 128, 140, 255), IM_COL32(158, 164, 176, 255), IM_COL32(236, 239, 244, 255),
                                   IM_COL32(24, 26, 31, 255),    IM_COL32(102, 170, 255, 255), IM_COL32(150, 156, 168, 255),
                                   0.16f, 0.62f};
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
        style.Colors[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    }
    style.Colors[ImGuiCol_PopupBg].w = 1.0f;  // dialogs, menus and tooltips are opaque: nothing shows through
    style.Colors[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(p.muted_text);  // ImGui's grey is 2.5:1
    // Behind a modal, the window is dimmed enough that the dialog stands apart.
    style.Colors[ImGuiCol_ModalWindowDimBg] = theme == Theme::Dark ? ImVec4(0, 0, 0, 0.6f) : ImVec4(0.1f, 0.12f, 0.16f, 0.45f);
    style.ScaleAllSizes(scale);
    style.FontSizeBase = kUiFontPx;
    style.FontScaleDpi = scale;  // text is drawn at the size shown: crisp at every scale
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
