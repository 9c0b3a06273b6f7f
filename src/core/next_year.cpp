#include "core/next_year.hpp"

namespace mandalart {
namespace {

bool finished(const PlanStats& stats, int n, int m) {
    const auto& completion = stats.action(n, m).completion;
    return completion && *completion >= 1.0;
}

}  // namespace

Plan next_year_plan(const Plan& plan, const PlanStats& stats, Carry carry, bool keep_colours) {
    Plan next = plan;
    next.year = plan.year + 1;
    next.start = 1;  // made before its year; the caller moves it when the year has begun
    next.weeks.clear();
    next.reflection.clear();
    next.conflicts.clear();
    if (const std::string title = title_for_year(plan.title, plan.year, next.year); !title.empty()) next.title = title;
    const Plan blank = make_blank_plan(next.year);
    for (int n = 1; n <= kSubGoals; ++n) {
        SubGoal& goal = next.goal(n);
        goal.reflection.clear();
        if (!keep_colours) goal.colour = blank.goal(n).colour;
        if (carry == Carry::Empty) goal.text.clear();
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            Action& a = next.action(n, m);
            a.start = 0;  // a new year: every action counts from the plan's start
            const bool milestone_done = a.target.kind == TargetKind::Once && finished(stats, n, m);
            const bool left_out = carry == Carry::Empty || milestone_done || (carry == Carry::Unfinished && finished(stats, n, m));
            if (left_out) a = Action{a.id, "", Target{TargetKind::PerWeek, 1}, "", 0, {}};
        }
    }
    return next;
}

}  // namespace mandalart
