#include "core/chart_picture.hpp"

#include <algorithm>
#include <cmath>

#include "core/layout.hpp"
#include "core/text.hpp"

namespace mandalart {
namespace {

// The light theme's chart colours (ui/theme), so a printed chart looks like the app.
constexpr Colour kBackground{255, 255, 255};
constexpr Colour kCell{255, 255, 255};
constexpr Colour kCellText{33, 37, 41};
constexpr Colour kBorder{176, 182, 190};
constexpr Colour kCoreFill{37, 45, 61};
constexpr Colour kSubtitle{110, 118, 130};
constexpr double kGoalTint = 0.55;

std::optional<double> progress_of(const PlanStats* stats, const CellAddress& a) {
    if (stats == nullptr) return std::nullopt;
    switch (a.kind) {
        case CellKind::Core: return stats->overall;
        case CellKind::SubGoal: return stats->goal(a.sub_goal).completion;
        case CellKind::Action: return stats->action(a.sub_goal, a.action).completion;
    }
    return std::nullopt;
}

PictureCell make_cell(const Plan& plan, const PlanStats* stats, GridPos pos, double x, double y, double size) {
    const CellAddress a = address_at(pos);
    PictureCell cell;
    cell.box = {x, y, size, size};
    cell.corner = size * 0.06;
    cell.stroke = size * 0.008;
    cell.border = kBorder;
    cell.progress = progress_of(stats, a);
    const bool emphasised = a.kind != CellKind::Action;
    if (a.kind == CellKind::Core) {
        cell.fill = kCoreFill;
        cell.bar_colour = Colour{255, 255, 255};
    } else {
        const Colour colour = plan.goal(a.sub_goal).colour;
        cell.bar_colour = colour;
        if (a.kind == CellKind::SubGoal) cell.fill = blend(kCell, colour, kGoalTint);
        // Shaded by completion: the more was done, the more of the sub-goal's colour.
        else cell.fill = cell.progress ? blend(kCell, colour, 0.06 + 0.42 * *cell.progress) : kCell;
        if (a.kind == CellKind::SubGoal) cell.bar_colour = blend(colour, Colour{30, 30, 30}, 0.35);
    }
    const double pad = size * 0.08;
    const double bar_room = cell.progress ? size * (emphasised ? 0.24 : 0.12) : 0.0;
    cell.text = fit_text(plan.text_at(a), size - 2 * pad, size - 2 * pad - bar_room, size * (emphasised ? 0.17 : 0.145),
                         size * 0.085);
    cell.text.bold = emphasised;
    cell.text.colour = a.kind == CellKind::Action ? kCellText : ink_on(cell.fill);
    double text_bottom = y + size;
    if (cell.progress) {
        const double inset = size * 0.1, h = size * 0.045;
        cell.bar = {x + inset, y + size - inset * 0.8 - h, size - 2 * inset, h};
        text_bottom = cell.bar.y;
        if (emphasised) {
            cell.percent = PictureText{{percent_text(cell.progress)}, size * 0.11, true, cell.text.colour};
            cell.percent_middle = cell.bar.y - size * 0.09;
            text_bottom = cell.bar.y - size * 0.17;
        }
    }
    cell.text_middle = (y + text_bottom) / 2;
    return cell;
}

// Whether wrapping cut a word: the lines, joined by single spaces, differ from the text.
bool breaks_words(const std::vector<std::string>& lines, const std::string& text) {
    std::string joined;
    for (const std::string& line : lines) joined += (joined.empty() ? "" : " ") + line;
    return joined != text;
}

}  // namespace

PictureText fit_text(const std::string& text, double box_w, double box_h, double max_size, double min_size) {
    PictureText out;
    for (double size = max_size;; size = std::max(min_size, size * 0.9)) {
        const int columns = std::max(2, static_cast<int>(box_w / (size * kColumnEm)));
        const int rows = std::max(1, static_cast<int>(box_h / (size * kLineHeightEm)));
        out.lines = wrap_to_width(text, columns);
        out.size = size;
        if (static_cast<int>(out.lines.size()) <= rows) {
            // Balance the lines: the narrowest width that needs no more lines and breaks no more
            // words ("한 달에 / 두 권", not "한 달에 두 / 권" nor "한 달 / 에 두 권").
            const bool whole_words = !breaks_words(out.lines, text);
            for (int narrower = columns - 1; narrower >= 2; --narrower) {
                std::vector<std::string> lines = wrap_to_width(text, narrower);
                if (lines.size() != out.lines.size() || (whole_words && breaks_words(lines, text))) break;
                out.lines = std::move(lines);
            }
            return out;
        }
        if (size <= min_size) {
            out.lines.resize(static_cast<std::size_t>(rows));
            out.lines.back() = truncate_to_width(out.lines.back() + "\u2026", columns);
            if (out.lines.back().find("\u2026") == std::string::npos)
                out.lines.back() = truncate_to_width(out.lines.back(), columns - 1) + "\u2026";
            return out;
        }
    }
}

ChartPicture make_chart_picture(const Plan& plan, const PlanStats* stats, double width) {
    ChartPicture pic;
    pic.width = width;
    pic.background = kBackground;
    const double margin = width * 0.03;
    const double title_band = width * 0.1;
    const double gap = width * 0.004, block_gap = width * 0.014;
    const double cell = (width - 2 * margin - 6 * gap - 2 * block_gap) / kGridSize;
    pic.height = margin + title_band + kGridSize * cell + 6 * gap + 2 * block_gap + margin;

    const std::string title = plan.title.empty() ? "Mandalart " + std::to_string(plan.year) : plan.title;
    pic.title = fit_text(title, width - 2 * margin, width * 0.05, width * 0.04, width * 0.025);
    pic.title.lines.resize(1);
    pic.title.bold = true;
    pic.title.colour = kCellText;
    pic.title_middle = margin + pic.title.size * 0.7;
    std::string subtitle = std::to_string(plan.year);
    if (stats != nullptr && stats->overall) subtitle += " · " + percent_text(stats->overall);
    pic.subtitle = PictureText{{subtitle}, width * 0.02, false, kSubtitle};
    pic.subtitle_middle = margin + pic.title.size + pic.subtitle.size * 1.5;

    const double top = margin + title_band;
    const auto offset = [&](int index) { return index * cell + index * gap + (index / 3) * (block_gap - gap); };
    for (int r = 0; r < kGridSize; ++r)
        for (int c = 0; c < kGridSize; ++c)
            pic.cells.push_back(make_cell(plan, stats, {r, c}, margin + offset(c), top + offset(r), cell));
    return pic;
}

}  // namespace mandalart
