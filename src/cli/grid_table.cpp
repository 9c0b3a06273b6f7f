#include "cli/grid_table.hpp"

#include <algorithm>
#include <vector>

#include "core/text.hpp"

namespace mandalart::cli {
namespace {

using Cell = std::vector<std::string>;  // wrapped lines

std::array<int, kGridSize> column_widths(const ChartTexts& grid, int max_width) {
    std::array<int, kGridSize> widths{};
    widths.fill(2);
    for (const auto& row : grid)
        for (std::size_t c = 0; c < kGridSize; ++c)
            for (const std::string& line : wrap_to_width(row[c], max_width))
                widths[c] = std::max(widths[c], std::min(display_width(line), max_width));
    return widths;
}

// A rule line such as "+------+-----++------+": '=' between blocks of rows.
std::string rule(const std::array<int, kGridSize>& widths, char fill) {
    std::string line = "+";
    for (std::size_t c = 0; c < kGridSize; ++c) {
        line.append(static_cast<std::size_t>(widths[c] + 2), fill);
        line += (c % 3 == 2 && c != kGridSize - 1) ? "++" : "+";
    }
    return line + "\n";
}

}  // namespace

std::string render_grid_table(const ChartTexts& grid, int max_column_width) {
    const auto widths = column_widths(grid, max_column_width);
    std::string out = rule(widths, '=');
    for (std::size_t r = 0; r < kGridSize; ++r) {
        std::array<Cell, kGridSize> cells;
        std::size_t height = 1;
        for (std::size_t c = 0; c < kGridSize; ++c) {
            cells[c] = wrap_to_width(grid[r][c], widths[c]);
            height = std::max(height, cells[c].size());
        }
        for (std::size_t line = 0; line < height; ++line) {
            out += "|";
            for (std::size_t c = 0; c < kGridSize; ++c) {
                const std::string text = line < cells[c].size() ? cells[c][line] : std::string{};
                out += " " + pad_to_width(text, widths[c]) + " ";
                out += (c % 3 == 2 && c != kGridSize - 1) ? "||" : "|";
            }
            out += "\n";
        }
        out += rule(widths, r % 3 == 2 ? '=' : '-');
    }
    return out;
}

}  // namespace mandalart::cli
