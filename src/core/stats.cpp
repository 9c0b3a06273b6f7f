#include "core/stats.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace mandalart {
namespace {

bool is_skipped(const Plan& plan, int week) {
    const WeekLog* log = plan.week_log(week);
    return log != nullptr && log->skipped;
}

int thursday_month(int year, int week) { return thursday_of(IsoWeek{year, week}).month; }

// One action's counts and the skips over the counted weeks first..last, indexed by week.
struct Series {
    std::vector<int> counts;
    std::vector<bool> skipped;
    int first = 1, last = 0;

    int count(int w) const { return counts[static_cast<std::size_t>(w)]; }
    bool skip(int w) const { return skipped[static_cast<std::size_t>(w)]; }
};

Series series_of(const Plan& plan, int n, int m, int first, int last) {
    Series s;
    s.first = first;
    s.last = last;
    s.counts.assign(static_cast<std::size_t>(std::max(last, 0)) + 1, 0);
    s.skipped.assign(s.counts.size(), false);
    const std::string& id = plan.action(n, m).id;
    for (const auto& [week, log] : plan.weeks) {
        if (week < first || week > last) continue;
        s.skipped[static_cast<std::size_t>(week)] = log.skipped;
        if (const auto it = log.counts.find(id); it != log.counts.end()) s.counts[static_cast<std::size_t>(week)] = it->second;
    }
    return s;
}

void per_week(const Series& s, int n, ActionStats& out, bool current_week_open) {
    const auto met = [&](int w) { return !s.skip(w) && s.count(w) >= n; };
    for (int w = s.first; w <= s.last; ++w) {
        if (s.skip(w)) continue;
        out.expected += n;
        out.achieved += std::min(s.count(w), n);
    }
    // Longest run: skipped weeks neither break nor extend it; an open week that is not met yet
    // does not break it either (it is the last week counted).
    int run = 0;
    for (int w = s.first; w <= s.last; ++w) {
        if (s.skip(w)) continue;
        if (met(w)) out.longest_streak = std::max(out.longest_streak, ++run);
        else run = 0;
    }
    // Current streak: back from the last complete week; the open week counts once it is met.
    int w = s.last;
    if (current_week_open && w >= s.first) {
        if (met(w)) ++out.streak;
        --w;
    }
    for (; w >= s.first; --w) {
        if (s.skip(w)) continue;
        if (!met(w)) break;
        ++out.streak;
    }
    out.has_streak = true;
}

void per_month(const Plan& plan, const Series& s, int n, ActionStats& out) {
    std::array<int, 13> done{}, weeks{}, skipped{};
    for (int w = s.first; w <= s.last; ++w) {
        const auto month = static_cast<std::size_t>(thursday_month(plan.year, w));
        done[month] += s.count(w);
        ++weeks[month];
        if (s.skip(w)) ++skipped[month];
    }
    for (std::size_t month = 1; month <= 12; ++month) {
        if (weeks[month] == 0 || skipped[month] == weeks[month]) continue;  // not started, or all skipped
        out.expected += n;
        out.achieved += std::min(done[month], n);
    }
}

void per_year(const Plan& plan, const Series& s, int n, ActionStats& out) {
    const int year_weeks = weeks_in_iso_year(plan.year);
    int open_weeks = 0;  // the non-skipped weeks from the start to the year's end
    for (int w = s.first; w <= year_weeks; ++w)
        if (!is_skipped(plan, w)) ++open_weeks;
    int counted = 0, total = 0;
    for (int w = s.first; w <= s.last; ++w) {
        if (!s.skip(w)) ++counted;
        total += s.count(w);
    }
    out.expected = open_weeks > 0 ? n * static_cast<double>(counted) / open_weeks : 0.0;
    out.achieved = std::min(total, n);
}

void once(const Series& s, ActionStats& out) {
    if (s.last < s.first) return;
    out.expected = 1;
    for (int w = s.first; w <= s.last; ++w)
        if (s.count(w) > 0) out.achieved = 1;
}

std::optional<double> mean(const std::vector<double>& values) {
    if (values.empty()) return std::nullopt;
    double sum = 0;
    for (const double v : values) sum += v;
    return sum / static_cast<double>(values.size());
}

}  // namespace

ActionStats action_stats(const Plan& plan, int n, int m, const Date& as_of) {
    ActionStats out;
    const Action& action = plan.action(n, m);
    if (!action.tracked()) return out;
    out.tracked = true;
    const Target& target = action.target;
    const int last = weeks_started(plan.year, as_of);
    const int first = plan.start_of(n, m);
    const Series s = series_of(plan, n, m, first, last);
    const bool open = last >= first && as_of <= sunday_of(IsoWeek{plan.year, last});
    switch (target.kind) {
        case TargetKind::PerWeek: per_week(s, target.times, out, open); break;
        case TargetKind::PerMonth: per_month(plan, s, target.times, out); break;
        case TargetKind::PerYear: per_year(plan, s, target.times, out); break;
        case TargetKind::Once: once(s, out); break;
        case TargetKind::None: break;
    }
    if (out.expected > 0) out.completion = std::min(1.0, out.achieved / out.expected);
    return out;
}

PlanStats plan_stats(const Plan& plan, const Date& as_of) {
    PlanStats stats;
    stats.as_of = as_of;
    stats.start_week = plan.start;
    stats.last_week = weeks_started(plan.year, as_of);
    stats.weeks_counted = std::max(0, stats.last_week - plan.start + 1);
    std::vector<double> goal_values;
    for (int n = 1; n <= kSubGoals; ++n) {
        SubGoalStats& goal = stats.sub_goals[static_cast<std::size_t>(n - 1)];
        std::vector<double> values;
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            ActionStats& a = goal.actions[static_cast<std::size_t>(m - 1)];
            a = action_stats(plan, n, m, as_of);
            if (a.completion) values.push_back(*a.completion);
        }
        goal.completion = mean(values);
        if (goal.completion) goal_values.push_back(*goal.completion);
    }
    stats.overall = mean(goal_values);
    return stats;
}

std::optional<double> week_completion(const Plan& plan, int week) {
    if (week < plan.start || is_skipped(plan, week)) return std::nullopt;
    std::vector<double> values;
    for (int n = 1; n <= kSubGoals; ++n)
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            const Action& action = plan.action(n, m);
            const Target& t = action.target;
            if (!action.tracked() || t.kind != TargetKind::PerWeek || t.times < 1) continue;
            if (week < plan.start_of(n, m)) continue;  // written later: not owed yet
            values.push_back(static_cast<double>(std::min(plan.count(week, n, m), t.times)) / t.times);
        }
    return mean(values);
}

RunningTotal running_total(const Plan& plan, int week, int n, int m) {
    const Target& t = plan.action(n, m).target;
    RunningTotal total;
    total.target = t.kind == TargetKind::Once ? 1 : t.times;
    const int month = thursday_month(plan.year, week);
    for (const auto& [w, log] : plan.weeks) {
        if (w > week) break;
        if (w < plan.start_of(n, m)) continue;
        if (t.kind == TargetKind::PerMonth && thursday_month(plan.year, w) != month) continue;
        if (t.kind == TargetKind::PerWeek && w != week) continue;
        total.done += plan.count(w, n, m);
    }
    return total;
}

std::string percent_text(const std::optional<double>& value) {
    if (!value) return "–";
    return std::to_string(static_cast<int>(std::lround(*value * 100.0))) + "%";
}

}  // namespace mandalart
