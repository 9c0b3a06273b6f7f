#include "core/plan.hpp"

#include <algorithm>

#include "core/calendar.hpp"
#include "core/text.hpp"

namespace mandalart {

const std::string& Plan::text_at(const CellAddress& address) const {
    switch (address.kind) {
        case CellKind::Core: return core;
        case CellKind::SubGoal: return goal(address.sub_goal).text;
        case CellKind::Action: return action(address.sub_goal, address.action).text;
    }
    return core;
}

std::string& Plan::text_at(const CellAddress& address) {
    return const_cast<std::string&>(static_cast<const Plan&>(*this).text_at(address));
}

const WeekLog* Plan::week_log(int week) const {
    const auto it = weeks.find(week);
    return it == weeks.end() ? nullptr : &it->second;
}

int Plan::count(int week, int n, int m) const {
    const WeekLog* log = week_log(week);
    if (log == nullptr) return 0;
    const auto it = log->counts.find(action(n, m).id);
    return it == log->counts.end() ? 0 : it->second;
}

bool Action::tracked() const { return target.tracked() && !is_blank(text); }

Plan make_blank_plan(int year) {
    Plan plan;
    plan.year = year;
    for (int n = 1; n <= kSubGoals; ++n) {
        SubGoal& goal = plan.goal(n);
        goal.id = "g" + std::to_string(n);
        goal.colour = default_sub_goal_colours()[static_cast<std::size_t>(n - 1)];
        for (int m = 1; m <= kActionsPerGoal; ++m)
            plan.action(n, m).id = "a" + std::to_string(n) + "." + std::to_string(m);
    }
    return plan;
}

std::string check_text(const std::string& text, std::size_t limit) {
    if (const auto bad = find_invalid_utf8(text)) return "invalid UTF-8 at byte " + std::to_string(*bad);
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\n') || byte == 0x7F) return "control characters are not allowed";
    }
    const std::size_t n = count_code_points(text);
    if (n > limit)
        return "text too long: " + std::to_string(n) + " characters, at most " + std::to_string(limit);
    return {};
}

std::string check_year(int year) {
    if (year < kMinYear || year > kMaxYear)
        return "year " + std::to_string(year) + " out of range " + std::to_string(kMinYear) + ".." +
               std::to_string(kMaxYear);
    return {};
}

int start_week_for(int year, const Date& today) {
    const IsoWeek now = iso_week_of(today);
    return now.year == year ? now.week : 1;
}

int default_plan_year(const Date& today) { return today.month == 12 ? today.year + 1 : today.year; }

MovedStart start_in_year(int year, int start, int new_year, const Date& today) {
    if (start <= 1) return {1, false};
    const IsoWeek now = iso_week_of(today);
    if (now.year == year && now.week == start) return {start_week_for(new_year, today), false};
    const int last = weeks_in_iso_year(new_year);
    return start > last ? MovedStart{last, true} : MovedStart{start, false};
}

std::string title_for_year(const std::string& title, int year, int new_year) {
    const std::string old_digits = std::to_string(year);
    const std::size_t at = title.find(old_digits);
    if (at == std::string::npos) return {};
    const auto digit = [&](std::size_t i) { return i < title.size() && title[i] >= '0' && title[i] <= '9'; };
    if ((at > 0 && digit(at - 1)) || digit(at + old_digits.size())) return {};  // part of a longer number
    return title.substr(0, at) + std::to_string(new_year) + title.substr(at + old_digits.size());
}

int Plan::start_of(int n, int m) const { return std::max(start, action(n, m).start); }

std::string check_check_in_week(const Plan& plan, int week) {
    if (std::string error = check_week(plan, week); !error.empty()) return error;
    if (week < plan.start)
        return format_week({plan.year, week}) + " is before the plan began (" + format_week({plan.year, plan.start}) + ")";
    return {};
}

int this_week_of(const Plan& plan, const Date& today) { return weeks_started(plan.year, today); }

std::string check_tick_week(const Plan& plan, int week, const Date& today) {
    if (std::string error = check_check_in_week(plan, week); !error.empty()) return error;
    const int now = this_week_of(plan, today);
    if (week > now)
        return format_week({plan.year, week}) + " has not begun: " +
               (now == 0 ? "the plan's year begins on Monday " + format_date(monday_of({plan.year, 1}))
                         : "this week is " + format_week({plan.year, now}));
    return {};
}

std::string check_action_start(const Plan& plan, int n, int m, int week, const Date& today) {
    if (std::string error = check_week(plan, week); !error.empty()) return error;
    const std::string name = std::to_string(n) + "." + std::to_string(m);
    if (week < plan.start)
        return "action " + name + " cannot start in " + format_week({plan.year, week}) + ": the plan starts in " +
               format_week({plan.year, plan.start});
    const int now = this_week_of(plan, today);
    if (week > std::max(now, plan.start))
        return "action " + name + " cannot start in " + format_week({plan.year, week}) + ": it has not begun" +
               (now >= 1 ? " (this week is " + format_week({plan.year, now}) + ")" : std::string{});
    if (const int ticked = first_ticked_from(plan, n, m, plan.start); ticked != 0 && ticked < week)
        return "action " + name + " cannot start in " + format_week({plan.year, week}) + ": it was ticked in " +
               format_week({plan.year, ticked}) + "; it can start at most then";
    return {};
}

int first_done_week(const Plan& plan, int n, int m) { return first_ticked_from(plan, n, m, 1); }

int first_ticked_from(const Plan& plan, int n, int m, int from) {
    for (const auto& [week, log] : plan.weeks)
        if (week >= from && plan.count(week, n, m) > 0) return week;
    return 0;
}

std::optional<int> missed_week(const Plan& plan, const Date& today) {
    const IsoWeek last = iso_week_of(add_days(today, -7));
    if (last.year != plan.year || last.week < plan.start) return std::nullopt;
    if (const WeekLog* log = plan.week_log(last.week); log != nullptr && !log->empty()) return std::nullopt;
    for (const SubGoal& goal : plan.sub_goals)
        for (const Action& action : goal.actions)
            if (action.tracked()) return last.week;
    return std::nullopt;
}

int first_missed_week(const Plan& plan, const Date& today) {
    const std::optional<int> last = missed_week(plan, today);
    if (!last) return 0;
    int first = *last;
    for (int w = *last - 1; w >= plan.start; --w) {
        const WeekLog* log = plan.week_log(w);
        if (log != nullptr && !log->empty()) break;
        first = w;
    }
    return first;
}

std::vector<int> weeks_with_check_ins(const Plan& plan) {
    std::vector<int> out;
    for (const auto& [week, log] : plan.weeks)
        if (!log.empty()) out.push_back(week);
    return out;
}

std::string check_week(const Plan& plan, int week) {
    const int last = weeks_in_iso_year(plan.year);
    if (week < 1 || week > last)
        return "week " + std::to_string(week) + " is not in " + std::to_string(plan.year) + " (weeks 1.." +
               std::to_string(last) + ")";
    return {};
}

}  // namespace mandalart
