#include "core/review.hpp"

#include <algorithm>
#include <cmath>

namespace mandalart {

std::vector<RankedAction> ranked_actions(const PlanStats& stats) {
    std::vector<RankedAction> out;
    for (int n = 1; n <= kSubGoals; ++n)
        for (int m = 1; m <= kActionsPerGoal; ++m)
            if (const auto& c = stats.action(n, m).completion) out.push_back({n, m, *c});
    std::stable_sort(out.begin(), out.end(), [](const RankedAction& a, const RankedAction& b) { return a.completion > b.completion; });
    return out;
}

std::vector<int> ranked_sub_goals(const PlanStats& stats) {
    std::vector<int> out;
    for (int n = 1; n <= kSubGoals; ++n)
        if (stats.goal(n).completion) out.push_back(n);
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) { return *stats.goal(a).completion > *stats.goal(b).completion; });
    return out;
}

std::vector<Badge> badges(const std::vector<double>& values, std::size_t count) {
    std::vector<Badge> out(values.size(), Badge::None);
    const std::size_t most = std::min(count, values.size() / 2);
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    if (most == 0 || *low == *high) return out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto at_least = static_cast<std::size_t>(std::count_if(values.begin(), values.end(), [&](double v) { return v >= values[i]; }));
        const auto at_most = static_cast<std::size_t>(std::count_if(values.begin(), values.end(), [&](double v) { return v <= values[i]; }));
        if (at_least <= most) out[i] = Badge::Best;
        else if (at_most <= most) out[i] = Badge::Worst;
    }
    return out;
}

BestWorst best_and_worst(const std::vector<RankedAction>& ranked, std::size_t count) {
    std::vector<double> values;
    for (const RankedAction& r : ranked) values.push_back(r.completion);
    const std::vector<Badge> marks = badges(values, count);
    BestWorst out;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        if (marks[i] == Badge::Best) out.best.push_back(ranked[i]);
        if (marks[i] == Badge::Worst) out.worst.push_back(ranked[i]);
    }
    std::reverse(out.worst.begin(), out.worst.end());  // the worst first
    return out;
}

std::vector<TrendPoint> weekly_trend(const Plan& plan, const PlanStats& stats) {
    std::vector<TrendPoint> out;
    const int weeks = weeks_in_iso_year(plan.year);
    for (int w = 1; w <= weeks; ++w) {
        TrendPoint p;
        p.week = w;
        p.before_start = w < stats.start_week;
        p.started = stats.counted(w);
        const WeekLog* log = plan.week_log(w);
        p.skipped = log != nullptr && log->skipped;
        if (p.started) p.completion = week_completion(plan, w);
        out.push_back(p);
    }
    return out;
}

std::optional<double> heat_level(const Plan& plan, int week, int n, int m) {
    const Target& t = plan.action(n, m).target;
    const int count = plan.count(week, n, m);
    if (!t.tracked() || (!plan.action(n, m).tracked() && count == 0)) return std::nullopt;
    if (week < plan.start_of(n, m) && count == 0) return std::nullopt;  // not written yet: owed nothing
    if (t.kind == TargetKind::PerWeek && t.times > 0) return static_cast<double>(std::min(count, t.times)) / t.times;
    return count > 0 ? 1.0 : 0.0;
}

std::vector<CellAddress> heatmap_rows(const Plan& plan) {
    std::vector<CellAddress> out;
    for (int n = 1; n <= kSubGoals; ++n)
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            const Action& a = plan.action(n, m);
            const bool history = a.target.tracked() && std::any_of(plan.weeks.begin(), plan.weeks.end(), [&](const auto& entry) {
                                     return entry.second.counts.count(a.id) > 0;
                                 });
            if (a.tracked() || history) out.push_back(CellAddress::act(n, m));
        }
    return out;
}

YearNumbers year_numbers(const Plan& plan, const PlanStats& stats) {
    YearNumbers out;
    out.weeks_total = weeks_in_iso_year(plan.year);
    out.weeks_counted = stats.weeks_counted;
    for (const auto& [week, log] : plan.weeks) {
        if (!stats.counted(week)) continue;
        if (log.skipped) ++out.weeks_skipped;
        if (!log.counts.empty() || !log.note.empty()) ++out.weeks_checked_in;
    }
    for (int n = 1; n <= kSubGoals; ++n)
        for (int m = 1; m <= kActionsPerGoal; ++m)
            if (plan.action(n, m).tracked())
                for (int w = plan.start_of(n, m); w <= stats.last_week; ++w) out.ticks += plan.count(w, n, m);
    for (int n = 1; n <= kSubGoals; ++n)
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            const ActionStats& a = stats.action(n, m);
            if (a.completion) {
                ++out.actions_tracked;
                if (*a.completion >= 1.0) ++out.actions_complete;
            }
            if (a.has_streak && a.longest_streak > out.best_streak) {
                out.best_streak = a.longest_streak;
                out.best_streak_goal = n;
                out.best_streak_action = m;
            }
        }
    return out;
}

std::vector<WeekNote> week_notes(const Plan& plan) {
    std::vector<WeekNote> out;
    for (const auto& [week, log] : plan.weeks)
        if (!log.note.empty()) out.push_back({week, log.skipped, log.note});
    return out;
}

std::optional<double> Comparison::overall() const {
    if (!available()) return std::nullopt;
    return previous_stats->overall;
}

std::optional<double> Comparison::goal(int n) const {
    if (!available()) return std::nullopt;
    return previous_stats->goal(n).completion;
}

std::optional<double> Comparison::action(const Plan& plan, int n, int m) const {
    if (!available()) return std::nullopt;
    const Action& now = plan.action(n, m);
    for (int pn = 1; pn <= kSubGoals; ++pn)
        for (int pm = 1; pm <= kActionsPerGoal; ++pm)
            if (previous->action(pn, pm).id == now.id) return previous_stats->action(pn, pm).completion;
    if (previous->action(n, m).text == now.text) return previous_stats->action(n, m).completion;
    return std::nullopt;
}

std::string points_difference(const std::optional<double>& now, const std::optional<double>& before) {
    if (!now || !before) return {};
    const long points = std::lround(*now * 100.0) - std::lround(*before * 100.0);
    return (points > 0 ? "+" : points < 0 ? "-" : "±") + std::to_string(std::labs(points)) + "%p";
}

}  // namespace mandalart
