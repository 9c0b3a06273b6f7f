#include "export/tidy_csv.hpp"

#include "storage/csv.hpp"

namespace mandalart {

std::string tidy_csv(const Plan& plan, int first, int last) {
    std::string out = csv_row({"year", "week", "sub_goal_id", "sub_goal", "action_id", "action", "target", "count", "skipped"});
    const std::string year = std::to_string(plan.year);
    for (int w = first; w <= last; ++w) {
        const WeekLog* log = plan.week_log(w);
        const std::string skipped = log != nullptr && log->skipped ? "true" : "false";
        for (int n = 1; n <= kSubGoals; ++n)
            for (int m = 1; m <= kActionsPerGoal; ++m) {
                const Action& a = plan.action(n, m);
                if (!a.tracked()) continue;
                out += csv_row({year, std::to_string(w), plan.goal(n).id, plan.goal(n).text, a.id, a.text,
                                format_target(a.target), std::to_string(plan.count(w, n, m)), skipped});
            }
    }
    return out;
}

}  // namespace mandalart
