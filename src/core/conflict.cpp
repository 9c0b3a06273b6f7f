#include "core/conflict.hpp"

#include <array>
#include <utility>

#include "core/calendar.hpp"
#include "core/plan.hpp"

namespace mandalart {
namespace {

constexpr std::array<std::pair<ConflictField, std::string_view>, 11> kNames = {{
    {ConflictField::Title, "title"},
    {ConflictField::Core, "core"},
    {ConflictField::Start, "start"},
    {ConflictField::Reflection, "reflection"},
    {ConflictField::GoalText, "goal.text"},
    {ConflictField::GoalColour, "goal.colour"},
    {ConflictField::GoalReflection, "goal.reflection"},
    {ConflictField::ActionText, "action.text"},
    {ConflictField::ActionTarget, "action.target"},
    {ConflictField::ActionNote, "action.note"},
    {ConflictField::WeekNote, "week.note"},
}};

bool on_goal(ConflictField f) {
    return f == ConflictField::GoalText || f == ConflictField::GoalColour || f == ConflictField::GoalReflection;
}
bool on_action(ConflictField f) {
    return f == ConflictField::ActionText || f == ConflictField::ActionTarget || f == ConflictField::ActionNote;
}

}  // namespace

std::pair<int, int> conflict_position(const Plan& plan, const Conflict& c) {
    for (int n = 1; n <= kSubGoals; ++n) {
        if (on_goal(c.field) && plan.goal(n).id == c.id) return {n, 0};
        if (on_action(c.field))
            for (int m = 1; m <= kActionsPerGoal; ++m)
                if (plan.action(n, m).id == c.id) return {n, m};
    }
    return {0, 0};
}

namespace {

// The text the conflict's place holds, or nullptr (colour, target and start are not text).
template <class P>
auto text_of(P& plan, const Conflict& c, std::pair<int, int> at) -> decltype(&plan.title) {
    const auto [n, m] = at;
    switch (c.field) {
        case ConflictField::Title: return &plan.title;
        case ConflictField::Core: return &plan.core;
        case ConflictField::Reflection: return &plan.reflection;
        case ConflictField::GoalText: return &plan.goal(n).text;
        case ConflictField::GoalReflection: return &plan.goal(n).reflection;
        case ConflictField::ActionText: return &plan.action(n, m).text;
        case ConflictField::ActionNote: return &plan.action(n, m).note;
        default: return nullptr;
    }
}

// Sub-goal n and action m of the conflict's place (as conflict_position), or nullopt when its id
// or week names nothing in the plan.
std::optional<std::pair<int, int>> locate(const Plan& plan, const Conflict& c) {
    const std::pair<int, int> at = conflict_position(plan, c);
    if ((on_goal(c.field) || on_action(c.field)) && at.first == 0) return std::nullopt;
    if (c.field == ConflictField::WeekNote && !check_week(plan, c.week).empty()) return std::nullopt;
    return at;
}

}  // namespace

std::string_view conflict_field_name(ConflictField field) {
    for (const auto& [f, name] : kNames)
        if (f == field) return name;
    return {};
}

std::optional<ConflictField> parse_conflict_field(std::string_view name) {
    for (const auto& [f, n] : kNames)
        if (n == name) return f;
    return std::nullopt;
}

std::string conflict_where(const Plan& plan, const Conflict& c) {
    const auto at = locate(plan, c);
    if (!at) return {};
    const auto [n, m] = *at;
    const std::string goal = std::to_string(n);
    const std::string action = goal + "." + std::to_string(m);
    switch (c.field) {
        case ConflictField::Title: return "title";
        case ConflictField::Core: return "core";
        case ConflictField::Start: return "start";
        case ConflictField::Reflection: return "reflection";
        case ConflictField::GoalText: return goal;
        case ConflictField::GoalColour: return goal + " colour";
        case ConflictField::GoalReflection: return goal + " reflection";
        case ConflictField::ActionText: return action;
        case ConflictField::ActionTarget: return action + " target";
        case ConflictField::ActionNote: return action + " note";
        case ConflictField::WeekNote: return format_week({plan.year, c.week}) + " note";
    }
    return {};
}

std::optional<std::string> conflict_value(const Plan& plan, const Conflict& c) {
    const auto located = locate(plan, c);
    if (!located) return std::nullopt;
    const std::pair<int, int> at = *located;
    if (const std::string* text = text_of(plan, c, at)) return *text;
    switch (c.field) {
        case ConflictField::Start: return format_week({plan.year, plan.start});
        case ConflictField::GoalColour: return format_colour(plan.goal(at.first).colour);
        case ConflictField::ActionTarget: return format_target(plan.action(at.first, at.second).target);
        case ConflictField::WeekNote: {
            const WeekLog* log = plan.week_log(c.week);
            return log ? log->note : std::string{};
        }
        default: return std::nullopt;
    }
}

std::string check_conflict(const Plan& plan, const Conflict& c) {
    if (!locate(plan, c)) {
        if (c.field == ConflictField::WeekNote) return check_week(plan, c.week);
        return "no " + std::string(on_goal(c.field) ? "sub-goal" : "action") + " has the id \"" + c.id + "\"";
    }
    switch (c.field) {
        case ConflictField::Start: {
            const auto week = parse_week(c.theirs);
            if (!week || week->year != plan.year) return "expected a week of " + std::to_string(plan.year) + " like \"" + format_week({plan.year, 1}) + "\"";
            return {};
        }
        case ConflictField::GoalColour:
            return parse_colour(c.theirs) ? std::string{} : "expected a colour like \"#4E79A7\", got \"" + c.theirs + "\"";
        case ConflictField::ActionTarget: return parse_target(c.theirs).error;
        case ConflictField::Title:
        case ConflictField::Core:
        case ConflictField::GoalText:
        case ConflictField::ActionText: return check_text(c.theirs, kMaxCellText);
        default: return check_text(c.theirs, kMaxNoteText);
    }
}

void set_conflict_value(Plan& plan, const Conflict& c, const std::string& value) {
    const auto located = locate(plan, c);
    if (!located) return;
    const std::pair<int, int> at = *located;
    if (std::string* text = text_of(plan, c, at)) {
        *text = value;
        return;
    }
    switch (c.field) {
        case ConflictField::Start:
            if (const auto week = parse_week(value)) plan.start = week->week;
            break;
        case ConflictField::GoalColour:
            if (const auto colour = parse_colour(value)) plan.goal(at.first).colour = *colour;
            break;
        case ConflictField::ActionTarget:
            if (const auto target = parse_target(value).target) plan.action(at.first, at.second).target = *target;
            break;
        case ConflictField::WeekNote:
            plan.weeks[c.week].note = value;
            if (plan.weeks[c.week].empty()) plan.weeks.erase(c.week);
            break;
        default: break;
    }
}

bool conflict_settled(const Plan& plan, const Conflict& c) {
    const auto value = conflict_value(plan, c);
    return value && *value == c.theirs;
}

}  // namespace mandalart
