#pragma once
// The 9×9 chart: grid cell (row, col), 0-based, ↔ the value it shows.
//
// The chart is nine 3×3 blocks. Around the centre of any block the eight neighbours are
// numbered in reading order: 1 top-left, 2 top, 3 top-right, 4 left, 5 right,
// 6 bottom-left, 7 bottom, 8 bottom-right. The centre block holds the core goal at (4,4)
// and sub-goal N at neighbour N; outer block N repeats sub-goal N at its centre and holds
// action N.M at neighbour M. A sub-goal is therefore shown twice but stored once.
#include <array>

#include "core/address.hpp"

namespace mandalart {

inline constexpr int kGridSize = 9;

struct GridPos {
    int row = 0, col = 0;
    friend bool operator==(const GridPos&, const GridPos&) = default;
};

CellAddress address_at(GridPos pos);
// Where a value appears: the first position is the one the editor selects
// (for a sub-goal, the copy in the centre block); a sub-goal also has a second one.
GridPos primary_position(const CellAddress& address);
std::array<GridPos, 2> sub_goal_positions(int sub_goal);

// Block index 0..8 (row-major) and neighbour number 1..8 (0 for a block's centre).
int block_of(GridPos pos);
int neighbour_number(int index_in_block);
GridPos block_cell(int block, int neighbour);  // neighbour 0 = centre

}  // namespace mandalart
