#pragma once
// Every change to a plan is an Edit. Applying one returns its inverse, which is what
// undo applies; so undo/redo, the dirty flag and autosave work for every kind of change.
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/plan.hpp"

namespace mandalart {

struct SetText {  // core goal, a sub-goal or an action
    CellAddress cell;
    std::string text;
    // The week of the plan's year it is written in (0: not in the year). An action written for
    // the first time (it was blank and never ticked) after the plan's start starts that week.
    int week = 0;
    // For an action: its start after this edit, as undo and redo put it back (set by apply_edit's
    // inverses; when empty, `week` decides).
    std::optional<int> start{};
};
struct SetTitle {
    std::string text;
};
// The ISO week the plan began: nothing is owed before it.
struct SetStart {
    int week = 1;
};
// The plan settings dialog's title, year and start as one step. The year can change only while
// the plan holds no check-ins (they are keyed by the year's weeks).
struct SetPlanSettings {
    std::string title;
    int year = 2026;
    int start = 1;
    // The actions' own starts (64, in chart order) as undo puts them back; when empty, a change
    // of year moves every action to the plan's start (their weeks were the old year's).
    std::vector<int> action_starts{};
};
// The week action N.M is counted from (docs/STATS.md); the plan's start or earlier means from
// the plan's start.
struct SetActionStart {
    int sub_goal = 1, action = 1;
    int week = 1;
};
struct SetTarget {
    int sub_goal = 1, action = 1;
    Target target;
};
struct SetNote {
    int sub_goal = 1, action = 1;
    std::string text;
};
struct SetColour {
    int sub_goal = 1;
    Colour colour;
};

// Check-ins: `week` is an ISO week number of the plan's year.
struct SetCount {  // how many times action N.M was done that week
    int week = 1;
    int sub_goal = 1, action = 1;
    int count = 0;
};
struct SetWeekNote {
    int week = 1;
    std::string text;
};
struct SetSkipped {
    int week = 1;
    bool skipped = false;
};

// The year-end review: a reflection on sub-goal 1..8, or on the whole year (sub_goal 0).
struct SetReflection {
    int sub_goal = 0;
    std::string text;
};

// A conflict a merge left (plan.conflicts[index]) resolved: their value put in (take_theirs), or
// mine kept; either way the conflict leaves the list. Undone by ReopenConflict.
struct ResolveConflict {
    std::size_t index = 0;
    bool take_theirs = false;
};
// The undo of ResolveConflict: the conflict back at `index` and, when theirs had been taken,
// the value it replaced (`mine`) back in its place.
struct ReopenConflict {
    std::size_t index = 0;
    Conflict conflict;
    bool took_theirs = false;
    std::string mine;
};
// A merge's result (core/merge.hpp) in place of the plan, as one step. Only a plan of the same
// year with the same ids can come in; the plans are shared so the undo history stays small.
struct MergeIn {
    std::shared_ptr<const Plan> plan;
};

using Edit = std::variant<SetText, SetTitle, SetStart, SetPlanSettings, SetActionStart, SetTarget, SetNote, SetColour, SetCount, SetWeekNote,
                          SetSkipped, SetReflection, ResolveConflict, ReopenConflict, MergeIn>;

// `edit` as made on `today`: a text is stamped with the week of the plan's year it is written in
// (so an action first written late starts then). Every edit a user makes passes through this.
Edit dated(const Edit& edit, const Plan& plan, const Date& today);

// Whether two edits set the same note: an action's, a week's, or a reflection.
bool same_note(const Edit& a, const Edit& b);

// Why `edit` cannot be applied to `plan`; empty when it can.
std::string check_edit(const Plan& plan, const Edit& edit);
// Applies a checked edit and returns the edit that undoes it.
Edit apply_edit(Plan& plan, const Edit& edit);
// Whether applying `edit` would change nothing (such edits are not recorded).
bool is_no_op(const Plan& plan, const Edit& edit);

}  // namespace mandalart
