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

// The first `weeks` weeks' counts of one action and skips, indexed 1..weeks.
struct Series {
    std::vector<int> counts;
    std::vector<bool> skipped;
    int weeks = 0;
};

Series series_of(const Plan& plan, int n, int m, int weeks) {
    Series s;
    s.weeks = weeks;
    s.counts.assign(static_cast<std::size_t>(weeks) + 1, 0);
    s.skipped.assign(static_cast<std::size_t>(weeks) + 1, false);
    const std::string& id = plan.action(n, m).id;
    for (const auto& [week, log] : plan.weeks) {
        if (week < 1 || week > weeks) continue;
        s.skipped[static_cast<std::size_t>(week)] = log.skipped;
        if (const auto it = log.counts.find(id); it != log.counts.end()) s.counts[static_cast<std::size_t>(week)] = it->second;
    }
    return s;
}

void per_week(const Series& s, int n, ActionStats& out, bool current_week_open) {
    const auto met = [&](int w) { return !s.skipped[static_cast<std::size_t>(w)] && s.counts[static_cast<std::size_t>(w)] >= n; };
    for (int w = 1; w <= s.weeks; ++w) {
        if (s.skipped[static_cast<std::size_t>(w)]) continue;
        out.expected += n;
        out.achieved += std::min(s.counts[static_cast<std::size_t>(w)], n);
    }
    // Longest run: skipped weeks neither break nor extend it; an open week that is not met yet
    // does not break it either (it is the last week counted).
    int run = 0;
    for (int w = 1; w <= s.weeks; ++w) {
        if (s.skipped[static_cast<std::size_t>(w)]) continue;
        if (met(w)) out.longest_streak = std::max(out.longest_streak, ++run);
        else run = 0;
    }
    // Current streak: back from the last complete week; the open week counts once it is met.
    int w = s.weeks;
    if (current_week_open && w >= 1) {
        if (met(w)) ++out.streak;
        --w;
    }
    for (; w >= 1; --w) {
        if (s.skipped[static_cast<std::size_t>(w)]) continue;
        if (!met(w)) break;
        ++out.streak;
    }
    out.has_streak = true;
}

void per_month(const Plan& plan, const Series& s, int n, ActionStats& out) {
    std::array<int, 13> done{}, weeks{}, skipped{};
    for (int w = 1; w <= s.weeks; ++w) {
        const auto month = static_cast<std::size_t>(thursday_month(plan.year, w));
        done[month] += s.counts[static_cast<std::size_t>(w)];
        ++weeks[month];
        if (s.skipped[static_cast<std::size_t>(w)]) ++skipped[month];
    }
    for (std::size_t month = 1; month <= 12; ++month) {
        if (weeks[month] == 0 || skipped[month] == weeks[month]) continue;  // not started, or all skipped
        out.expected += n;
        out.achieved += std::min(done[month], n);
    }
}

void per_year(const Plan& plan, const Series& s, int n, ActionStats& out) {
    const int year_weeks = weeks_in_iso_year(plan.year);
    int skipped_in_year = 0;
    for (const auto& [week, log] : plan.weeks)
        if (week >= 1 && week <= year_weeks && log.skipped) ++skipped_in_year;
    int counted = 0, total = 0;
    for (int w = 1; w <= s.weeks; ++w) {
        if (!s.skipped[static_cast<std::size_t>(w)]) ++counted;
        total += s.counts[static_cast<std::size_t>(w)];
    }
    const int open_weeks = year_weeks - skipped_in_year;
    out.expected = open_weeks > 0 ? n * static_cast<double>(counted) / open_weeks : 0.0;
    out.achieved = std::min(total, n);
}

void once(const Series& s, ActionStats& out) {
    if (s.weeks == 0) return;
    out.expected = 1;
    for (int w = 1; w <= s.weeks; ++w)
        if (s.counts[static_cast<std::size_t>(w)] > 0) out.achieved = 1;
}

std::optional<double> mean(const std::vector<double>& values) {
    if (values.empty()) return std::nullopt;
    double sum = 0;
    for (const double v : values) sum += v;
    return sum / static_cast<double>(values.size());
}

}  // namespace

int weeks_started(int year, const Date& as_of) {
    const int last = weeks_in_iso_year(year);
    if (as_of < monday_of(IsoWeek{year, 1})) return 0;
    if (as_of > sunday_of(IsoWeek{year, last})) return last;
    return iso_week_of(as_of).week;
}

ActionStats action_stats(const Plan& plan, int n, int m, const Date& as_of) {
    ActionStats out;
    const Target& target = plan.action(n, m).target;
    if (!target.tracked()) return out;
    out.tracked = true;
    const int weeks = weeks_started(plan.year, as_of);
    const Series s = series_of(plan, n, m, weeks);
    const bool open = weeks > 0 && as_of <= sunday_of(IsoWeek{plan.year, weeks});
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
    stats.weeks_counted = weeks_started(plan.year, as_of);
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
    if (is_skipped(plan, week)) return std::nullopt;
    std::vector<double> values;
    for (int n = 1; n <= kSubGoals; ++n)
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            const Target& t = plan.action(n, m).target;
            if (t.kind != TargetKind::PerWeek || t.times < 1) continue;
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
