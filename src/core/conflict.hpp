#pragma once
// A merge conflict kept in the plan until the user resolves it: both copies changed one value
// differently, the plan holds MINE's value and the conflict holds THEIRS'. Nothing is lost:
// "take theirs" puts their value in, "keep mine" drops the conflict (both undoable edits).
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace mandalart {

struct Plan;

enum class ConflictField {
    Title, Core, Start, Reflection,            // the plan's own
    GoalText, GoalColour, GoalReflection,      // a sub-goal's (by id)
    ActionText, ActionTarget, ActionNote,      // an action's (by id)
    WeekNote,                                  // a week's note (by week)
};

struct Conflict {
    ConflictField field = ConflictField::Title;
    std::string id;      // the sub-goal's or the action's id, for their fields
    int week = 0;        // the ISO week, for WeekNote
    std::string theirs;  // their value, written as the file writes it ("3/week", "#4E79A7", "2026-W12")
    friend bool operator==(const Conflict&, const Conflict&) = default;
};

// The field's name in the file ("action.note") and back.
std::string_view conflict_field_name(ConflictField field);
std::optional<ConflictField> parse_conflict_field(std::string_view name);

// Where it is, as the CLI says it: "title", "core", "3" (sub-goal 3's text), "3 colour", "3.5",
// "3.5 target", "3.5 note", "2026-W12 note". Empty when the id names nothing in the plan.
std::string conflict_where(const Plan& plan, const Conflict& conflict);
// Sub-goal n and action m of its place: {n, 0} for a sub-goal's fields, {0, 0} for the plan's
// and a week's, and when the id names nothing.
std::pair<int, int> conflict_position(const Plan& plan, const Conflict& conflict);
// The plan's value there, as text (nullopt when the conflict names nothing in the plan).
std::optional<std::string> conflict_value(const Plan& plan, const Conflict& conflict);
// Why the conflict cannot be kept in the plan (unknown id or week, a value the field cannot hold);
// empty when it can.
std::string check_conflict(const Plan& plan, const Conflict& conflict);
// Puts `value` (text as conflict_value gives it, already checked) into the conflict's place.
void set_conflict_value(Plan& plan, const Conflict& conflict, const std::string& value);
// Whether the plan now holds their value, so nothing is left to choose.
bool conflict_settled(const Plan& plan, const Conflict& conflict);

}  // namespace mandalart
