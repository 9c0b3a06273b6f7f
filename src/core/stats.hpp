#pragma once
// The year's numbers, as defined in docs/STATS.md. One definition used by the chart, the
// check-in view, the review and the command line. Pure functions of the plan and a date.
#include <array>
#include <optional>
#include <string>

#include "core/calendar.hpp"
#include "core/plan.hpp"

namespace mandalart {

struct ActionStats {
    bool tracked = false;  // false for `none` and unwritten actions: nothing expected, no completion
    double achieved = 0;
    double expected = 0;
    std::optional<double> completion;  // achieved / expected, at most 1; none when nothing is expected
    bool has_streak = false;           // streaks exist for N/week actions only
    int streak = 0;                    // consecutive non-skipped weeks that met N, ending now
    int longest_streak = 0;
};

struct SubGoalStats {
    std::optional<double> completion;  // mean of its actions' completions
    std::array<ActionStats, kActionsPerGoal> actions;
};

struct PlanStats {
    Date as_of;
    int start_week = 1;             // the plan's start
    int last_week = 0;              // the last week begun by as_of (0: the year has not begun)
    int weeks_counted = 0;          // the weeks from the start to last_week
    std::optional<double> overall;  // mean of the sub-goals that have a completion
    std::array<SubGoalStats, kSubGoals> sub_goals;

    const SubGoalStats& goal(int n) const { return sub_goals[static_cast<std::size_t>(n - 1)]; }
    const ActionStats& action(int n, int m) const { return goal(n).actions[static_cast<std::size_t>(m - 1)]; }
    // Whether `week` is owed: on or after the start and begun by as_of.
    bool counted(int week) const { return week >= start_week && week <= last_week; }
};

ActionStats action_stats(const Plan& plan, int n, int m, const Date& as_of);
PlanStats plan_stats(const Plan& plan, const Date& as_of);

// One week's completion: the mean over tracked N/week actions of min(count, N) / N. None when
// the week is skipped, before the plan's start, or the plan has no tracked N/week action
// (monthly, yearly and once actions are not owed in any particular week).
std::optional<double> week_completion(const Plan& plan, int week);

// For the check-in view: the times done so far (up to and including `week`) in the period
// the target counts, against the target. Month: the weeks whose Thursday is in the same
// month as `week`'s Thursday. Year: all the plan's weeks. Weeks before the start do not count.
struct RunningTotal {
    int done = 0;
    int target = 0;
};
RunningTotal running_total(const Plan& plan, int week, int n, int m);

// A completion as people read it: "62%", or "–" when there is none.
std::string percent_text(const std::optional<double>& value);

}  // namespace mandalart
