#pragma once
// Where each of the 81 cells sits in a rectangle: equal cells, small gaps between cells and
// larger gaps between the 3×3 blocks, so the blocks read as groups.
#include <imgui.h>

#include "core/layout.hpp"

namespace mandalart::ui {

struct ChartGeometry {
    ImVec2 origin;       // top-left of cell (0,0)
    ImVec2 cell;         // size of one cell
    float cell_gap = 0;  // between cells of a block
    float block_gap = 0; // between blocks

    static ChartGeometry fit(ImVec2 min, ImVec2 max, float scale);
    ImVec2 cell_min(GridPos p) const;
    ImVec2 cell_max(GridPos p) const;
    // The block's outline (its 3×3 cells plus a margin of half the block gap).
    ImVec2 block_min(int block) const;
    ImVec2 block_max(int block) const;
    // The cell under a point, if any (points in the gaps hit nothing).
    bool hit(ImVec2 point, GridPos& out) const;
};

}  // namespace mandalart::ui
