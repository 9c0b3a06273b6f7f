#pragma once
// The year-end review's figures, derived from PlanStats and the check-ins: the actions ranked,
// the weekly trend, the heatmap's cells, the year in numbers and the comparison with last year.
// Pure functions, shared by the review tab, `mandalart report` and the Markdown retrospective.
#include <optional>
#include <string>
#include <vector>

#include "core/stats.hpp"

namespace mandalart {

struct RankedAction {
    int sub_goal = 1, action = 1;
    double completion = 0;
};
// Tracked actions that have a completion, best first (ties in chart order).
std::vector<RankedAction> ranked_actions(const PlanStats& stats);
// The sub-goals that have a completion, best first (ties in chart order): sub-goal numbers.
std::vector<int> ranked_sub_goals(const PlanStats& stats);

// Which items of a list get a "best" or "worst" badge. Best: the highest values, worst: the
// lowest, at most `count` each and at most half the list each, so never both. A group of equal
// values gets the badge together or not at all (a tie is never broken by order), and nothing
// gets one unless there are two items with different values.
enum class Badge { None, Best, Worst };
std::vector<Badge> badges(const std::vector<double>& values, std::size_t count);

// The best and the worst of a ranking as `badges` marks them, the worst first.
struct BestWorst {
    std::vector<RankedAction> best, worst;
};
BestWorst best_and_worst(const std::vector<RankedAction>& ranked, std::size_t count);

// One week of the year as the trend and the heatmap show it.
struct TrendPoint {
    int week = 1;
    bool before_start = false;  // before the plan began: nothing was owed
    bool started = false;  // counted: from the plan's start, its Monday on or before the review date
    bool skipped = false;
    std::optional<double> completion;  // week_completion; none when skipped, not started or nothing weekly
};
std::vector<TrendPoint> weekly_trend(const Plan& plan, const PlanStats& stats);

// One heatmap cell: action N.M in one week. `level` in 0..1 is how much of the week's share
// was done: min(count, N)/N for N/week; for monthly, yearly and once actions any tick is 1
// (they are not owed in a particular week). None for `none` actions, and for an unwritten
// action in a week where nothing was recorded (ticks kept from before its text was cleared
// are history and still show).
std::optional<double> heat_level(const Plan& plan, int week, int n, int m);
// The heatmap's rows: the tracked actions and those with ticks recorded, in chart order.
std::vector<CellAddress> heatmap_rows(const Plan& plan);

struct YearNumbers {
    int weeks_total = 0;        // ISO weeks in the plan's year
    int weeks_counted = 0;      // started by the review date
    int weeks_checked_in = 0;   // counted weeks with at least one tick or a note
    int weeks_skipped = 0;
    int ticks = 0;              // every count of a tracked action in counted weeks
    int actions_tracked = 0;    // actions with a completion
    int actions_complete = 0;   // … of which at 100 %
    int best_streak = 0;        // the longest weekly streak of any action
    int best_streak_goal = 0, best_streak_action = 0;  // whose (0 when none)
};
YearNumbers year_numbers(const Plan& plan, const PlanStats& stats);

// The week notes, in week order (weeks with an empty note are left out).
struct WeekNote {
    int week = 1;
    bool skipped = false;
    std::string text;
};
std::vector<WeekNote> week_notes(const Plan& plan);

// Last year beside this year: the previous plan's completion of the same sub-goal (by
// position) and of the same action (by id, as `mandalart next` keeps ids; else by position
// when the text is the same).
struct Comparison {
    const Plan* previous = nullptr;
    const PlanStats* previous_stats = nullptr;

    bool available() const { return previous != nullptr && previous_stats != nullptr; }
    std::optional<double> overall() const;
    std::optional<double> goal(int n) const;
    std::optional<double> action(const Plan& plan, int n, int m) const;
};

// Last year's plan with its numbers, held together so a Comparison can point into it.
struct LastYear {
    Plan plan;
    PlanStats stats;
    Comparison comparison() const { return Comparison{&plan, &stats}; }
};

// "+12%p" style difference between two completions, in whole percentage points; empty
// when either is missing.
std::string points_difference(const std::optional<double>& now, const std::optional<double>& before);

}  // namespace mandalart
