#pragma once
// The chart as a picture to print or share: the 81 cells laid out with their fills, wrapped
// text and (optionally) completion shading, plus a title band. One layout drawn by both the
// SVG writer and the PNG rasteriser, so the two look the same. Sizes are in the picture's own
// units (millimetres for SVG, pixels for PNG): everything scales with `width`.
#include <optional>
#include <string>
#include <vector>

#include "core/colour.hpp"
#include "core/stats.hpp"

namespace mandalart {

// Text is measured in display columns (core/text: Hangul 2, ASCII 1); one column is taken as
// this fraction of the font size, which holds for Korean sans-serif fonts (a Hangul syllable
// is about 0.92 em wide).
inline constexpr double kColumnEm = 0.5;
inline constexpr double kLineHeightEm = 1.25;

struct PictureText {
    std::vector<std::string> lines;
    double size = 0;  // font size
    bool bold = false;
    Colour colour;
};

struct PictureRect {
    double x = 0, y = 0, w = 0, h = 0;
};

// Everything a renderer needs is laid out here: renderers only draw rectangles and centred lines.
struct PictureCell {
    PictureRect box;
    double corner = 0, stroke = 0;    // corner radius and border width
    Colour fill, border;
    PictureText text;                 // centred horizontally, its block of lines centred on text_middle
    double text_middle = 0;
    std::optional<double> progress;   // 0..1: a bar along the bottom
    PictureRect bar;                  // the bar's track (its fill covers `progress` of the width)
    Colour bar_colour;
    PictureText percent;              // "62%" above the bar of the core and sub-goals (no lines: none)
    double percent_middle = 0;

    double centre_x() const { return box.x + box.w / 2; }
};

struct ChartPicture {
    double width = 0, height = 0;
    Colour background;
    PictureText title;        // the plan's title (or "Mandalart YEAR")
    double title_middle = 0;
    PictureText subtitle;     // the year and, when shaded, the overall completion
    double subtitle_middle = 0;
    std::vector<PictureCell> cells;  // 81, row-major
};

// `stats` set: cells are shaded by completion and carry bars, and the subtitle gives the overall.
ChartPicture make_chart_picture(const Plan& plan, const PlanStats* stats, double width);

// Lays `text` out in a box: the largest size from `max_size` down to `min_size` at which the
// wrapped lines fit; at the smallest size, lines that do not fit are cut with "…".
PictureText fit_text(const std::string& text, double box_w, double box_h, double max_size, double min_size);

}  // namespace mandalart
