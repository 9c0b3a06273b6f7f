#include "core/next_year.hpp"

namespace mandalart {

Plan next_year_plan(const Plan& plan, const PlanStats& stats, Carry carry) {
    Plan next = plan;
    next.year = plan.year + 1;
    next.start = 1;  // made before its year; the caller moves it when the year has begun
    next.weeks.clear();
    next.reflection.clear();
    const std::string old_year = std::to_string(plan.year);
    if (const auto at = next.title.find(old_year); at != std::string::npos)
        next.title.replace(at, old_year.size(), std::to_string(next.year));
    for (int n = 1; n <= kSubGoals; ++n) {
        next.goal(n).reflection.clear();
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            const auto& completion = stats.action(n, m).completion;
            if (carry == Carry::Unfinished && completion && *completion >= 1.0) {
                Action& a = next.action(n, m);
                a = Action{a.id, "", Target{TargetKind::PerWeek, 1}, "", {}};
            }
        }
    }
    return next;
}

}  // namespace mandalart
