#pragma once
// Two copies of one plan changed apart (two machines, two git branches) brought back together
// without losing a tick. With the common ancestor (base) it is a three-way merge: each side's
// changes since the base are applied, counts add up (two devices that each added a tick give two),
// and a text changed on one side only takes that side's. Without a base nothing is dropped either:
// counts take the larger, notes that differ are both kept, and texts that differ are conflicts.
// A conflict keeps MINE's value and records THEIRS' in the plan (core/conflict.hpp), so the
// user can choose later.
#include <optional>
#include <string>
#include <vector>

#include "core/plan.hpp"

namespace mandalart {

struct MergeResult {
    // The merged plan. Its `conflicts` are those both copies still held unresolved (one resolved
    // on either side since the base stays resolved) and the new ones, less any the merged values settle.
    Plan plan;
    std::vector<Conflict> conflicts;  // the new ones this merge found, not stored before (each also in plan.conflicts)
    std::string refused;  // not merged (different years, unrelated plans): one line
};

// Between the two kept notes of a two-way merge.
inline constexpr const char* kNoteSeparator = "\n— ✂ —\n";

// What a merge brings into `before` (shown before the user agrees to it).
struct MergeSummary {
    std::vector<int> weeks;  // weeks whose check-ins (ticks, skips, notes) change
    int ticks = 0;           // ticks added, over all weeks (taken back ones subtracted)
    int notes = 0;           // action and week notes and reflections that change
    int texts = 0;           // the title, core goal, sub-goal and action texts, targets, colours and start that change
    int conflicts = 0;       // new conflicts (values the user will choose between)
    bool empty() const { return weeks.empty() && notes == 0 && texts == 0 && conflicts == 0; }
};
MergeSummary summarize_merge(const Plan& before, const MergeResult& merged);

// Why `theirs` is not a copy of `mine` that can be merged (another year; other sub-goal or
// action ids); empty when it is.
std::string plans_unrelated(const Plan& mine, const Plan& theirs);

MergeResult merge_plans(const Plan& mine, const Plan& theirs, const std::optional<Plan>& base);

}  // namespace mandalart
