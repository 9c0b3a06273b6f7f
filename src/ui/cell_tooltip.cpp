#include "ui/cell_tooltip.hpp"

#include <cmath>
#include <cstdio>

#include "core/labels.hpp"
#include "ui/check_in_status.hpp"
#include "ui/strings.hpp"

namespace mandalart::ui {
namespace {

std::string whole(double value) { return std::to_string(static_cast<int>(std::lround(value))); }

// This week's part: "1/3" for N a week, done or not for once, the month's or year's running total.
std::string this_week(const Plan& plan, int week, int n, int m, Language l) {
    const Target& t = plan.action(n, m).target;
    if (week < plan.start_of(n, m)) return tr(Str::TipNotOwed, l);
    const int count = plan.count(week, n, m);
    switch (t.kind) {
        case TargetKind::PerWeek: return std::to_string(count) + "/" + std::to_string(t.times);
        case TargetKind::Once: return tr(first_done_week(plan, n, m) != 0 ? Str::TipDone : Str::TipNotDone, l);
        case TargetKind::PerMonth:
        case TargetKind::PerYear: return running_total_label(plan, week, n, m, l);
        case TargetKind::None: break;
    }
    return {};
}

}  // namespace

std::string action_tooltip(const Plan& plan, const PlanStats& stats, const Date& today, int n, int m, Language l) {
    const Action& action = plan.action(n, m);
    if (!action.tracked()) return {};
    char line[256];
    std::snprintf(line, sizeof line, tr(Str::TipTargetFormat, l), target_label(action.target, l).c_str());
    std::string tip = line;
    const IsoWeek now = iso_week_of(today);
    if (now.year == plan.year && now.week >= plan.start) {
        std::snprintf(line, sizeof line, tr(Str::TipThisWeekFormat, l), this_week(plan, now.week, n, m, l).c_str());
        tip += std::string("\n") + line;
    }
    const ActionStats& a = stats.action(n, m);
    if (a.completion) {
        std::snprintf(line, sizeof line, tr(Str::TipYearFormat, l), static_cast<int>(std::lround(*a.completion * 100.0)),
                      whole(a.achieved).c_str(), whole(a.expected).c_str());
        tip += std::string("\n") + line;
    }
    if (a.has_streak && a.longest_streak > 0) tip += "\n" + streak_label(a.streak, a.longest_streak, l);
    if (plan.start_of(n, m) > plan.start)
        tip += "\n" + std::string(tr(Str::FocusStart, l)) + " " + format_week({plan.year, plan.start_of(n, m)});
    return tip;
}

}  // namespace mandalart::ui
