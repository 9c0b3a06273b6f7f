// Every colour pair the editor draws reads (WCAG 2.1): text 4.5:1, tick boxes, bars, lines and
// placeholders 3:1, for all eight sub-goal colours in both themes, computed from the theme tables.
#include <catch2/catch.hpp>

#include <imgui.h>

#include "core/colour.hpp"
#include "ui/theme.hpp"

using namespace mandalart;
using namespace mandalart::ui;

namespace {

double ratio(ImU32 a, ImU32 b) { return contrast_ratio(to_colour(a), to_colour(b)); }
ImU32 style_colour(ImGuiCol which) { return ImGui::ColorConvertFloat4ToU32(ImGui::GetStyle().Colors[which]); }

struct Context {
    Context() { ImGui::CreateContext(); }
    ~Context() { ImGui::DestroyContext(); }
};

}  // namespace

TEST_CASE("the WCAG contrast ratio and the readable shade") {
    CHECK(contrast_ratio(Colour{0, 0, 0}, Colour{255, 255, 255}) == Approx(21.0));
    CHECK(contrast_ratio(Colour{119, 119, 119}, Colour{255, 255, 255}) == Approx(4.48).margin(0.01));
    const Colour yellow{242, 200, 68};
    CHECK(contrast_ratio(yellow, Colour{255, 255, 255}) < 2.0);
    const Colour shade = readable_on(yellow, Colour{255, 255, 255}, 4.5);
    CHECK(contrast_ratio(shade, Colour{255, 255, 255}) >= 4.5);
    CHECK(contrast_ratio(readable_on(yellow, Colour{255, 255, 255}, 4.3), Colour{255, 255, 255}) < 4.5);  // no darker than needed
}

TEST_CASE("every pair the editor draws reaches its contrast, in both themes, for all eight colours") {
    Context context;
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        apply_theme(theme, 1.0f);
        const ChartPalette& p = chart_palette(theme);
        INFO((theme == Theme::Light ? "light" : "dark"));
        // Text.
        CHECK(ratio(p.cell_text, p.cell) >= kTextContrast);
        CHECK(ratio(p.cell_text, p.background) >= kTextContrast);
        CHECK(ratio(p.core_text, p.core_fill) >= kTextContrast);
        for (const ImU32 behind : {p.cell, p.background}) {
            CHECK(ratio(p.muted_text, behind) >= kTextContrast);
            CHECK(ratio(style_colour(ImGuiCol_TextDisabled), behind) >= kTextContrast);
            CHECK(ratio(style_colour(ImGuiCol_Text), behind) >= kTextContrast);
            // Shapes and placeholders.
            CHECK(ratio(p.hint_text, behind) >= kShapeContrast);
            CHECK(ratio(p.selection, behind) >= kShapeContrast);
        }
        for (std::size_t i = 0; i < 8; ++i) {
            const Colour colour = default_sub_goal_colours()[i];
            INFO("sub-goal colour " << i + 1 << " " << format_colour(colour));
            const ImU32 goal_fill = mix(p.cell, colour, p.goal_tint);  // sub-goal cells, check-in headers
            CHECK(ratio(text_on(goal_fill), goal_fill) >= kTextContrast);
            CHECK(ratio(hint_on(goal_fill, text_on(goal_fill)), goal_fill) >= kShapeContrast);
            for (const ImU32 behind : {p.cell, p.background}) {
                CHECK(ratio(goal_ink(colour, theme), behind) >= kTextContrast);   // headings in the review
                CHECK(ratio(goal_line(colour, theme), behind) >= kShapeContrast); // tick boxes, bars
            }
            const ImU32 tick = goal_line(colour, theme);  // a ticked box: the check mark on its fill
            CHECK(ratio(text_on(tick), tick) >= kShapeContrast);
        }
    }
}
