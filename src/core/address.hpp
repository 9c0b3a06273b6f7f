#pragma once
// What a cell holds, as users and the CLI name it: "core", sub-goal "N", action "N.M".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mandalart {

inline constexpr int kSubGoals = 8;
inline constexpr int kActionsPerGoal = 8;

enum class CellKind { Core, SubGoal, Action };

struct CellAddress {
    CellKind kind = CellKind::Core;
    int sub_goal = 0;  // 1..8 for SubGoal and Action
    int action = 0;    // 1..8 for Action

    static CellAddress core() { return {}; }
    static CellAddress goal(int n) { return {CellKind::SubGoal, n, 0}; }
    static CellAddress act(int n, int m) { return {CellKind::Action, n, m}; }
    friend bool operator==(const CellAddress&, const CellAddress&) = default;
};

// "core", "3", "3.5" (numbers 1..8); nullopt for anything else.
std::optional<CellAddress> parse_address(std::string_view text);
std::string format_address(const CellAddress& address);

// The 73 distinct values in filling order: core, sub-goals 1..8, then actions 1.1..1.8, 2.1.., 8.8.
const std::vector<CellAddress>& filling_order();
// Index of `address` in filling_order().
int filling_index(const CellAddress& address);

}  // namespace mandalart
