#pragma once
// One ISO week's check-in: how many times each action was done, a note, and whether the
// week was skipped (holiday, illness: it drops out of the weekly expectations).
#include <map>
#include <string>

#include "core/target.hpp"
#include "core/unknown_fields.hpp"

namespace mandalart {

inline constexpr int kMaxWeeklyCount = 99;  // times in one week for monthly and yearly actions

struct WeekLog {
    std::map<std::string, int> counts;  // action id → times this week; zeros are not stored
    std::string note;
    bool skipped = false;
    UnknownFields unknown;
    friend bool operator==(const WeekLog&, const WeekLog&) = default;

    // Nothing recorded: such a week is not stored.
    bool empty() const { return counts.empty() && note.empty() && !skipped && unknown.empty(); }
};

// The most one week can record for an action with `target`: 7 for N/week (one a day),
// 1 for once, kMaxWeeklyCount for N/month and N/year, 0 for none (nothing to tick).
int max_weekly_count(const Target& target);

}  // namespace mandalart
