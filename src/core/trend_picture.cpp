#include "core/trend_picture.hpp"

#include <algorithm>

#include "core/calendar.hpp"

namespace mandalart {
namespace {

constexpr Colour kBackground{255, 255, 255};
constexpr Colour kText{33, 37, 41};
constexpr Colour kMuted{110, 118, 130};
constexpr Colour kGrid{226, 230, 235};
constexpr Colour kBar{41, 97, 184};
constexpr Colour kSkipped{190, 195, 202};

// A plain rectangle: fill and border the same, no text.
PictureCell block(double x, double y, double w, double h, Colour colour, double corner = 0) {
    PictureCell c;
    c.box = {x, y, w, h};
    c.fill = c.border = colour;
    c.corner = corner;
    return c;
}

// A line of text centred on (cx, middle), on nothing.
PictureCell label(const std::string& text, double cx, double middle, double size, Colour colour) {
    PictureCell c = block(cx - size * 1.5, middle - size, size * 3, size * 2, kBackground);
    c.stroke = 0;
    c.text = PictureText{{text}, size, false, colour};
    c.text_middle = middle;
    return c;
}

}  // namespace

ChartPicture make_trend_picture(const Plan& plan, const std::vector<TrendPoint>& trend, const std::string& title, double width) {
    ChartPicture pic;
    pic.width = width;
    pic.height = width * 0.36;
    pic.background = kBackground;
    const double margin = width * 0.03;
    pic.title = PictureText{{title}, width * 0.026, true, kText};
    pic.title_middle = margin + pic.title.size * 0.7;
    const double small = width * 0.015;
    const double left = margin + small * 3.2, right = width - margin;
    const double top = margin + pic.title.size * 2.2, bottom = pic.height - margin - small * 2.2;
    const double full = bottom - top;
    for (const double level : {0.0, 0.5, 1.0}) {  // the grid: 0 %, 50 %, 100 %
        const double y = bottom - full * level;
        pic.cells.push_back(block(left, y - 0.5, right - left, 1.0, level == 0.0 ? kMuted : kGrid));
        pic.cells.push_back(label(std::to_string(static_cast<int>(level * 100)) + "%", margin + small * 1.4, y, small, kMuted));
    }
    const int weeks = weeks_in_iso_year(plan.year);
    const double slot = (right - left) / weeks, bar = slot * 0.7;
    for (const TrendPoint& t : trend) {
        const double x = left + (t.week - 1) * slot + (slot - bar) / 2;
        if (t.skipped) pic.cells.push_back(block(x, bottom - full * 0.06, bar, full * 0.06, kSkipped, bar * 0.2));
        else if (t.completion) {
            const double h = std::max(2.0, full * std::clamp(*t.completion, 0.0, 1.0));
            pic.cells.push_back(block(x, bottom - h, bar, h, *t.completion > 0 ? kBar : kSkipped, std::min(bar * 0.2, h / 2)));
        }
    }
    for (const int week : {1, 13, 26, 39, weeks}) {  // the weeks along the bottom
        const double cx = left + (week - 0.5) * slot;
        pic.cells.push_back(label("W" + std::string(week < 10 ? "0" : "") + std::to_string(week), cx, bottom + small * 1.3, small, kMuted));
    }
    return pic;
}

}  // namespace mandalart
