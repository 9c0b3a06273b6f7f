#include "ui/check_in_status.hpp"

#include "core/calendar.hpp"
#include "core/labels.hpp"
#include "ui/strings.hpp"

namespace mandalart::ui {

std::string check_in_status(const Plan& plan, const PlanStats& stats, int week, int n, int m, Language l) {
    if (week < plan.start) return {};
    const Target& t = plan.action(n, m).target;
    if (t.tracked() && week < plan.start_of(n, m))  // written later: owed from then
        return std::string(tr(Str::CheckStartsIn, l)) + " " + format_week({plan.year, plan.start_of(n, m)});
    switch (t.kind) {
        case TargetKind::Once: {
            if (plan.count(week, n, m) > 0) return {};
            const int done = first_done_week(plan, n, m);
            return done == 0 ? std::string{} : std::string(tr(Str::CheckDoneIn, l)) + " · " + format_week({plan.year, done});
        }
        case TargetKind::PerWeek: {
            const ActionStats& a = stats.action(n, m);
            return a.streak >= 2 ? streak_label(a.streak, a.longest_streak, l) : std::string{};
        }
        case TargetKind::PerMonth:
        case TargetKind::PerYear: return running_total_label(plan, week, n, m, l);
        case TargetKind::None: return tr(Str::CheckNothingToTick, l);
    }
    return {};
}

std::string running_total_label(const Plan& plan, int week, int n, int m, Language l) {
    const RunningTotal total = running_total(plan, week, n, m);
    const bool month = plan.action(n, m).target.kind == TargetKind::PerMonth;
    return std::string(tr(month ? Str::CheckThisMonth : Str::CheckThisYear, l)) + " " + std::to_string(total.done) + "/" +
           std::to_string(total.target);
}

}  // namespace mandalart::ui
