#include "core/layout.hpp"

namespace mandalart {
namespace {

constexpr int kCentre = 4;  // index of the centre in a row-major 3×3 block

// Row-major index 0..8 of neighbour 1..8 (0 → the centre).
constexpr int index_of_neighbour(int neighbour) { return neighbour == 0 ? kCentre : (neighbour <= 4 ? neighbour - 1 : neighbour); }

}  // namespace

int neighbour_number(int index_in_block) {
    if (index_in_block == kCentre) return 0;
    return index_in_block < kCentre ? index_in_block + 1 : index_in_block;
}

int block_of(GridPos pos) { return (pos.row / 3) * 3 + pos.col / 3; }

GridPos block_cell(int block, int neighbour) {
    const int index = index_of_neighbour(neighbour);
    return {(block / 3) * 3 + index / 3, (block % 3) * 3 + index % 3};
}

CellAddress address_at(GridPos pos) {
    const int block = block_of(pos);
    const int here = neighbour_number((pos.row % 3) * 3 + pos.col % 3);
    if (block == kCentre) return here == 0 ? CellAddress::core() : CellAddress::goal(here);
    const int goal = neighbour_number(block);
    return here == 0 ? CellAddress::goal(goal) : CellAddress::act(goal, here);
}

GridPos primary_position(const CellAddress& address) {
    switch (address.kind) {
        case CellKind::Core: return block_cell(kCentre, 0);
        case CellKind::SubGoal: return block_cell(kCentre, address.sub_goal);
        case CellKind::Action: return block_cell(index_of_neighbour(address.sub_goal), address.action);
    }
    return {4, 4};
}

std::array<GridPos, 2> sub_goal_positions(int sub_goal) {
    return {block_cell(kCentre, sub_goal), block_cell(index_of_neighbour(sub_goal), 0)};
}

}  // namespace mandalart
