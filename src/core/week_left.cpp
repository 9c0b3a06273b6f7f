#include "core/week_left.hpp"

namespace mandalart {

std::vector<ActionLeft> left_in_week(const Plan& plan, int week) {
    std::vector<ActionLeft> left;
    if (week < plan.start) return left;
    if (const WeekLog* log = plan.week_log(week); log != nullptr && log->skipped) return left;
    for (int n = 1; n <= kSubGoals; ++n)
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            const Action& a = plan.action(n, m);
            if (!a.tracked() || a.target.kind != TargetKind::PerWeek || week < plan.start_of(n, m)) continue;
            const int done = plan.count(week, n, m);
            if (done < a.target.times) left.push_back({a.text, done, a.target.times});
        }
    return left;
}

std::string reminder_line(const std::vector<ActionLeft>& left, Language language, std::size_t shown) {
    if (left.empty()) return {};
    std::string named;
    for (std::size_t i = 0; i < left.size() && i < shown; ++i) {
        if (i > 0) named += ", ";
        named += left[i].text + " " + std::to_string(left[i].done) + "/" + std::to_string(left[i].times);
    }
    if (left.size() > shown) named += ", …";
    const std::string count = std::to_string(left.size());
    if (language == Language::Korean) return "이번 주 체크인: " + count + "개 남았습니다 (" + named + ")";
    return "This week's check-in: " + count + (left.size() == 1 ? " action" : " actions") + " left (" + named + ")";
}

}  // namespace mandalart
