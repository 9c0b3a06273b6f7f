#pragma once
// Two copies of one plan changed apart (two machines, two git branches) brought back together
// without losing a tick. With the common ancestor (base) it is a three-way merge: each side's
// changes since the base are applied, counts add up (two devices that each added a tick give two),
// and a text changed on one side only takes that side's. Without a base nothing is dropped either:
// counts take the larger, notes that differ are both kept, and texts that differ are conflicts.
// A conflict keeps MINE's value and records THEIRS', so the user can choose later.
#include <optional>
#include <string>
#include <vector>

#include "core/plan.hpp"

namespace mandalart {

struct MergeConflict {
    std::string where;  // "title", "core", "3" (a sub-goal), "3.5" (an action), "3.5 note", "W12 note" …
    std::string mine, theirs;  // the values as text (the kept one is mine)
    friend bool operator==(const MergeConflict&, const MergeConflict&) = default;
};

struct MergeResult {
    Plan plan;
    std::vector<MergeConflict> conflicts;
    std::string refused;  // not merged (different years, unrelated plans): one line
};

// Between the two kept notes of a two-way merge.
inline constexpr const char* kNoteSeparator = "\n— ✂ —\n";

MergeResult merge_plans(const Plan& mine, const Plan& theirs, const std::optional<Plan>& base);

}  // namespace mandalart
