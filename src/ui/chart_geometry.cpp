#include "ui/chart_geometry.hpp"

#include <algorithm>
#include <cmath>

namespace mandalart::ui {
namespace {

float offset(int index, float cell, float cell_gap, float block_gap) {
    return static_cast<float>(index) * cell + static_cast<float>(index - index / 3) * cell_gap +
           static_cast<float>(index / 3) * block_gap;
}

}  // namespace

ChartGeometry ChartGeometry::fit(ImVec2 min, ImVec2 max, float scale) {
    ChartGeometry g;
    g.cell_gap = 4.0f * scale;
    g.block_gap = 14.0f * scale;
    const float gaps = 6.0f * g.cell_gap + 2.0f * g.block_gap;
    const float w = std::max(9.0f, (max.x - min.x - gaps) / 9.0f);
    const float h = std::max(9.0f, (max.y - min.y - gaps) / 9.0f);
    // Cells no wider than 1.9× their height: on very wide windows the chart is centred.
    const float cell_w = std::min(w, h * 1.9f);
    g.cell = ImVec2(std::floor(cell_w), std::floor(h));
    const float total_w = 9.0f * g.cell.x + gaps;
    g.origin = ImVec2(std::floor(min.x + (max.x - min.x - total_w) * 0.5f), min.y);
    return g;
}

ImVec2 ChartGeometry::cell_min(GridPos p) const {
    return ImVec2(origin.x + offset(p.col, cell.x, cell_gap, block_gap), origin.y + offset(p.row, cell.y, cell_gap, block_gap));
}

ImVec2 ChartGeometry::cell_max(GridPos p) const {
    const ImVec2 m = cell_min(p);
    return ImVec2(m.x + cell.x, m.y + cell.y);
}

ImVec2 ChartGeometry::block_min(int block) const {
    const ImVec2 m = cell_min({(block / 3) * 3, (block % 3) * 3});
    return ImVec2(m.x - block_gap * 0.3f, m.y - block_gap * 0.3f);
}

ImVec2 ChartGeometry::block_max(int block) const {
    const ImVec2 m = cell_max({(block / 3) * 3 + 2, (block % 3) * 3 + 2});
    return ImVec2(m.x + block_gap * 0.3f, m.y + block_gap * 0.3f);
}

bool ChartGeometry::hit(ImVec2 point, GridPos& out) const {
    for (int r = 0; r < kGridSize; ++r)
        for (int c = 0; c < kGridSize; ++c) {
            const ImVec2 a = cell_min({r, c}), b = cell_max({r, c});
            if (point.x >= a.x && point.x < b.x && point.y >= a.y && point.y < b.y) {
                out = {r, c};
                return true;
            }
        }
    return false;
}

}  // namespace mandalart::ui
