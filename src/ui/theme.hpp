#pragma once
// Light and dark looks: ImGui's style plus the chart's own colours.
#include <imgui.h>

#include "core/colour.hpp"
#include "core/settings.hpp"

namespace mandalart::ui {

struct ChartPalette {
    ImU32 background;     // behind the chart
    ImU32 cell;           // an action cell
    ImU32 cell_text;
    ImU32 hint_text;      // the faint hint in an empty cell (a placeholder: 3:1)
    ImU32 muted_text;     // secondary text: targets, streaks, dates (4.5:1)
    ImU32 core_fill;
    ImU32 core_text;
    ImU32 selection;      // the selection outline
    ImU32 hover;          // hovered cell outline
    float block_tint;     // how much of the sub-goal colour tints its outer block (0..1)
    float goal_tint;      // how much of it fills the sub-goal cells
};

void apply_theme(Theme theme, float scale);
const ChartPalette& chart_palette(Theme theme);

// Sub-goal colour mixed into `base` by `amount` (0 = base, 1 = the colour).
ImU32 mix(ImU32 base, Colour colour, float amount);
ImU32 to_imu32(Colour c, int alpha = 255);
// Near-black or white, whichever contrasts more with `fill`.
ImU32 text_on(ImU32 fill);
Colour to_colour(ImU32 c);
// A sub-goal colour made dark (light theme) or light (dark theme) enough to read against the
// window and the cells: as text (4.5:1), or as tick boxes, bars and lines (3:1).
ImU32 goal_ink(Colour colour, Theme theme);
ImU32 goal_line(Colour colour, Theme theme);
// The placeholder drawn in an empty sub-goal cell of `fill`, in `text`'s colour.
ImU32 hint_on(ImU32 fill, ImU32 text);

// `colour` with its alpha replaced (0..255).
ImU32 with_alpha(ImU32 colour, int alpha);
// A progress bar: a faint track and a fill in `colour` covering `value` (0..1) of it.
void draw_bar(ImDrawList& list, ImVec2 min, ImVec2 max, double value, ImU32 track, ImU32 colour);

}  // namespace mandalart::ui
