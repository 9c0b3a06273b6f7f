#include "core/edit.hpp"

#include <algorithm>

#include "core/calendar.hpp"
#include "core/merge.hpp"
#include "core/text.hpp"

namespace mandalart {
namespace {

bool in_range(int n) { return n >= 1 && n <= 8; }

std::string check_address(const CellAddress& a) {
    const bool ok = a.kind == CellKind::Core || (a.kind == CellKind::SubGoal && in_range(a.sub_goal)) ||
                    (a.kind == CellKind::Action && in_range(a.sub_goal) && in_range(a.action));
    return ok ? std::string{} : "no such cell";
}

std::string check_action(int n, int m) {
    return in_range(n) && in_range(m) ? std::string{} : "no such action " + std::to_string(n) + "." + std::to_string(m);
}

std::string check_target(const Target& t) {
    if (t.kind == TargetKind::Once || t.kind == TargetKind::None) return {};
    if (t.times < 1 || t.times > max_times(t.kind))
        return "target " + format_target(t) + " out of range (1.." + std::to_string(max_times(t.kind)) + ")";
    return {};
}

// Normalises a target so that equal meanings compare equal ("once" always has times 1).
Target normalised(Target t) {
    if (t.kind == TargetKind::Once) t.times = 1;
    if (t.kind == TargetKind::None) t.times = 0;
    return t;
}

// The week's log, created on demand; dropped again by `tidy` when nothing is left in it.
WeekLog& log_of(Plan& plan, int week) { return plan.weeks[week]; }
void tidy(Plan& plan, int week) {
    if (const auto it = plan.weeks.find(week); it != plan.weeks.end() && it->second.empty()) plan.weeks.erase(it);
}

std::string week_list(const Plan& plan, const std::vector<int>& weeks) {
    std::string out;
    for (std::size_t i = 0; i < weeks.size() && i < 5; ++i) out += (i > 0 ? ", " : "") + format_week({plan.year, weeks[i]});
    if (weeks.size() > 5) out += " and " + std::to_string(weeks.size() - 5) + " more";
    return out;
}

struct Checker {
    const Plan& plan;
    std::string operator()(const SetText& e) const {
        if (auto err = check_address(e.cell); !err.empty()) return err;
        return check_text(e.text, kMaxCellText);
    }
    std::string operator()(const SetTitle& e) const { return check_text(e.text, kMaxCellText); }
    std::string operator()(const SetStart& e) const {
        if (auto err = check_week(plan, e.week); !err.empty()) return err;
        std::vector<int> later;
        for (const int week : weeks_with_check_ins(plan))
            if (week < e.week) later.push_back(week);
        if (!later.empty())
            return "the plan cannot start in " + format_week({plan.year, e.week}) + ": " + week_list(plan, later) +
                   (later.size() == 1 ? " already holds" : " already hold") + " check-ins; it can start at most in " +
                   format_week({plan.year, later.front()});
        return {};
    }
    std::string operator()(const SetPlanSettings& e) const {
        if (auto err = check_text(e.title, kMaxCellText); !err.empty()) return err;
        if (auto err = check_year(e.year); !err.empty()) return err;
        if (e.year == plan.year) return (*this)(SetStart{e.start});
        const std::vector<int> weeks = weeks_with_check_ins(plan);
        if (!weeks.empty())
            return "the year cannot change once the plan holds check-ins (" + week_list(plan, weeks) + ")";
        const int last = weeks_in_iso_year(e.year);
        if (e.start < 1 || e.start > last)
            return "week " + std::to_string(e.start) + " is not in " + std::to_string(e.year) + " (weeks 1.." + std::to_string(last) + ")";
        return {};
    }
    std::string operator()(const SetActionStart& e) const {
        if (auto err = check_action(e.sub_goal, e.action); !err.empty()) return err;
        if (auto err = check_week(plan, e.week); !err.empty()) return err;
        const int ticked = first_ticked_from(plan, e.sub_goal, e.action, plan.start);
        if (ticked != 0 && ticked < e.week)
            return "action " + std::to_string(e.sub_goal) + "." + std::to_string(e.action) + " cannot start in " +
                   format_week({plan.year, e.week}) + ": it was ticked in " + format_week({plan.year, ticked});
        return {};
    }
    std::string operator()(const SetTarget& e) const {
        if (auto err = check_action(e.sub_goal, e.action); !err.empty()) return err;
        return check_target(e.target);
    }
    std::string operator()(const SetNote& e) const {
        if (auto err = check_action(e.sub_goal, e.action); !err.empty()) return err;
        return check_text(e.text, kMaxNoteText);
    }
    std::string operator()(const SetColour& e) const {
        return in_range(e.sub_goal) ? std::string{} : "no such sub-goal " + std::to_string(e.sub_goal);
    }
    std::string operator()(const SetCount& e) const {
        if (auto err = check_check_in_week(plan, e.week); !err.empty()) return err;
        if (auto err = check_action(e.sub_goal, e.action); !err.empty()) return err;
        const Action& action = plan.action(e.sub_goal, e.action);
        const Target& target = action.target;
        const std::string name = std::to_string(e.sub_goal) + "." + std::to_string(e.action);
        if (!target.tracked()) return "action " + name + " has no target (none): there is nothing to tick";
        if (!action.tracked()) return "action " + name + " is not written yet: give it a text before ticking it";
        if (e.count > 0 && e.week < plan.start_of(e.sub_goal, e.action))
            return "action " + name + " starts in " + format_week({plan.year, plan.start_of(e.sub_goal, e.action)}) +
                   " (it was written then): move its start to tick an earlier week";
        const int most = max_weekly_count(target);
        if (e.count < 0 || e.count > most)
            return "count " + std::to_string(e.count) + " out of range for " + name + " (" + format_target(target) +
                   ": 0.." + std::to_string(most) + " a week)";
        return {};
    }
    std::string operator()(const SetWeekNote& e) const {
        if (auto err = check_check_in_week(plan, e.week); !err.empty()) return err;
        return check_text(e.text, kMaxNoteText);
    }
    std::string operator()(const SetSkipped& e) const { return check_check_in_week(plan, e.week); }
    std::string operator()(const SetReflection& e) const {
        if (e.sub_goal != 0 && !in_range(e.sub_goal)) return "no such sub-goal " + std::to_string(e.sub_goal);
        return check_text(e.text, kMaxNoteText);
    }
    std::string operator()(const ResolveConflict& e) const {
        if (e.index >= plan.conflicts.size()) return "no conflict " + std::to_string(e.index + 1);
        return e.take_theirs ? check_conflict(plan, plan.conflicts[e.index]) : std::string{};
    }
    std::string operator()(const ReopenConflict& e) const {
        if (e.index > plan.conflicts.size()) return "no place for conflict " + std::to_string(e.index + 1);
        return check_conflict(plan, e.conflict);
    }
    std::string operator()(const MergeIn& e) const {
        if (!e.plan) return "nothing to merge";
        return plans_unrelated(plan, *e.plan);
    }
};

struct Applier {
    Plan& plan;
    Edit operator()(const SetText& e) const {
        SetText undo{e.cell, plan.text_at(e.cell), 0, std::nullopt};
        if (e.cell.kind == CellKind::Action) {
            Action& a = plan.action(e.cell.sub_goal, e.cell.action);
            undo.start = a.start;
            if (e.start) a.start = *e.start;
            else if (first_written(e, a)) a.start = e.week > plan.start ? e.week : 0;
        }
        plan.text_at(e.cell) = e.text;
        return undo;
    }
    // Whether `e` writes action `a` for the first time: it was blank and never ticked.
    bool first_written(const SetText& e, const Action& a) const {
        return is_blank(a.text) && !is_blank(e.text) && first_done_week(plan, e.cell.sub_goal, e.cell.action) == 0;
    }
    Edit operator()(const SetActionStart& e) const {
        Action& a = plan.action(e.sub_goal, e.action);
        SetActionStart undo{e.sub_goal, e.action, std::max(a.start, plan.start)};
        a.start = e.week > plan.start ? e.week : 0;
        return undo;
    }
    Edit operator()(const SetTitle& e) const {
        SetTitle undo{plan.title};
        plan.title = e.text;
        return undo;
    }
    Edit operator()(const SetStart& e) const {
        SetStart undo{plan.start};
        plan.start = e.week;
        return undo;
    }
    Edit operator()(const SetPlanSettings& e) const {
        SetPlanSettings undo{plan.title, plan.year, plan.start, {}};
        if (e.year != plan.year || !e.action_starts.empty()) {
            std::size_t i = 0;
            for (SubGoal& g : plan.sub_goals)
                for (Action& a : g.actions) {
                    undo.action_starts.push_back(a.start);
                    a.start = i < e.action_starts.size() ? e.action_starts[i] : 0;
                    ++i;
                }
        }
        plan.title = e.title;
        plan.year = e.year;
        plan.start = e.start;
        return undo;
    }
    Edit operator()(const SetTarget& e) const {
        Action& a = plan.action(e.sub_goal, e.action);
        SetTarget undo{e.sub_goal, e.action, a.target};
        a.target = normalised(e.target);
        return undo;
    }
    Edit operator()(const SetNote& e) const {
        Action& a = plan.action(e.sub_goal, e.action);
        SetNote undo{e.sub_goal, e.action, a.note};
        a.note = e.text;
        return undo;
    }
    Edit operator()(const SetColour& e) const {
        SubGoal& g = plan.goal(e.sub_goal);
        SetColour undo{e.sub_goal, g.colour};
        g.colour = e.colour;
        return undo;
    }
    Edit operator()(const SetCount& e) const {
        SetCount undo{e.week, e.sub_goal, e.action, plan.count(e.week, e.sub_goal, e.action)};
        auto& counts = log_of(plan, e.week).counts;
        const std::string& id = plan.action(e.sub_goal, e.action).id;
        if (e.count == 0) counts.erase(id);
        else counts[id] = e.count;
        tidy(plan, e.week);
        return undo;
    }
    Edit operator()(const SetWeekNote& e) const { return replace(e, &WeekLog::note, &SetWeekNote::text); }
    Edit operator()(const SetSkipped& e) const { return replace(e, &WeekLog::skipped, &SetSkipped::skipped); }
    Edit operator()(const SetReflection& e) const {
        SetReflection undo{e.sub_goal, plan.reflection_of(e.sub_goal)};
        plan.reflection_of(e.sub_goal) = e.text;
        return undo;
    }

    Edit operator()(const ResolveConflict& e) const {
        const auto at = plan.conflicts.begin() + static_cast<std::ptrdiff_t>(e.index);
        ReopenConflict undo{e.index, *at, e.take_theirs, conflict_value(plan, *at).value_or("")};
        if (e.take_theirs) set_conflict_value(plan, *at, at->theirs);
        plan.conflicts.erase(at);
        return undo;
    }
    Edit operator()(const ReopenConflict& e) const {
        if (e.took_theirs) set_conflict_value(plan, e.conflict, e.mine);
        plan.conflicts.insert(plan.conflicts.begin() + static_cast<std::ptrdiff_t>(e.index), e.conflict);
        return ResolveConflict{e.index, e.took_theirs};
    }
    Edit operator()(const MergeIn& e) const {
        MergeIn undo{std::make_shared<const Plan>(std::move(plan))};
        plan = *e.plan;
        return undo;
    }

    // Sets one field of a week's log; the undo edit carries the old value.
    template <typename E, typename Value>
    Edit replace(const E& e, Value WeekLog::*field, Value E::*value) const {
        WeekLog& log = log_of(plan, e.week);
        E undo = e;
        undo.*value = log.*field;
        log.*field = e.*value;
        tidy(plan, e.week);
        return undo;
    }
};

struct NoOpTest {
    const Plan& plan;
    bool operator()(const SetText& e) const {
        const bool same_start = !e.start || e.cell.kind != CellKind::Action ||
                                plan.action(e.cell.sub_goal, e.cell.action).start == *e.start;
        return plan.text_at(e.cell) == e.text && same_start;
    }
    bool operator()(const SetActionStart& e) const {
        return plan.start_of(e.sub_goal, e.action) == std::max(e.week, plan.start);
    }
    bool operator()(const SetTitle& e) const { return plan.title == e.text; }
    bool operator()(const SetStart& e) const { return plan.start == e.week; }
    bool operator()(const SetPlanSettings& e) const {
        return plan.title == e.title && plan.year == e.year && plan.start == e.start && e.action_starts.empty();
    }
    bool operator()(const SetTarget& e) const {
        return plan.action(e.sub_goal, e.action).target == normalised(e.target);
    }
    bool operator()(const SetNote& e) const { return plan.action(e.sub_goal, e.action).note == e.text; }
    bool operator()(const SetColour& e) const { return plan.goal(e.sub_goal).colour == e.colour; }
    bool operator()(const SetCount& e) const { return plan.count(e.week, e.sub_goal, e.action) == e.count; }
    bool operator()(const SetWeekNote& e) const {
        const WeekLog* log = plan.week_log(e.week);
        return (log == nullptr ? std::string{} : log->note) == e.text;
    }
    bool operator()(const SetSkipped& e) const {
        const WeekLog* log = plan.week_log(e.week);
        return (log != nullptr && log->skipped) == e.skipped;
    }
    bool operator()(const SetReflection& e) const { return plan.reflection_of(e.sub_goal) == e.text; }
    bool operator()(const ResolveConflict&) const { return false; }  // the list always changes
    bool operator()(const ReopenConflict&) const { return false; }
    bool operator()(const MergeIn& e) const { return plan == *e.plan; }
};

}  // namespace

bool same_note(const Edit& a, const Edit& b) {
    if (const auto* x = std::get_if<SetNote>(&a)) {
        const auto* y = std::get_if<SetNote>(&b);
        return y != nullptr && x->sub_goal == y->sub_goal && x->action == y->action;
    }
    if (const auto* x = std::get_if<SetWeekNote>(&a)) {
        const auto* y = std::get_if<SetWeekNote>(&b);
        return y != nullptr && x->week == y->week;
    }
    if (const auto* x = std::get_if<SetReflection>(&a)) {
        const auto* y = std::get_if<SetReflection>(&b);
        return y != nullptr && x->sub_goal == y->sub_goal;
    }
    return false;
}

Edit dated(const Edit& edit, const Plan& plan, const Date& today) {
    const auto* text = std::get_if<SetText>(&edit);
    if (text == nullptr || text->start) return edit;
    SetText stamped = *text;
    const IsoWeek now = iso_week_of(today);
    stamped.week = now.year == plan.year ? now.week : 0;
    return stamped;
}

std::string check_edit(const Plan& plan, const Edit& edit) { return std::visit(Checker{plan}, edit); }
Edit apply_edit(Plan& plan, const Edit& edit) { return std::visit(Applier{plan}, edit); }
bool is_no_op(const Plan& plan, const Edit& edit) { return std::visit(NoOpTest{plan}, edit); }

}  // namespace mandalart
