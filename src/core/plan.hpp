#pragma once
// A year's Mandalart: one core goal, 8 sub-goals, 8 actions each.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/address.hpp"
#include "core/calendar.hpp"
#include "core/colour.hpp"
#include "core/conflict.hpp"
#include "core/target.hpp"
#include "core/unknown_fields.hpp"
#include "core/week_log.hpp"

namespace mandalart {

// Limits on what a user can type (in Unicode code points, documented in docs/FORMAT.md).
inline constexpr std::size_t kMaxCellText = 200;   // core, sub-goal, action texts and the title
inline constexpr std::size_t kMaxNoteText = 2000;  // notes and reflections
inline constexpr int kMinYear = 1900;
inline constexpr int kMaxYear = 9999;

struct Action {
    std::string id;  // stable across renaming and reordering; check-ins refer to it
    std::string text;
    Target target{TargetKind::PerWeek, 1};
    std::string note;
    // The ISO week its text was first written, when that is after the plan's start: it owes
    // nothing before it. 0: it counts from the plan's start (every action of a file before
    // format version 6, and one written before or in the plan's start week).
    int start = 0;
    UnknownFields unknown;
    friend bool operator==(const Action&, const Action&) = default;

    // Whether anything is expected of it: it is written (its text is not blank) and its
    // target is not `none`. An unwritten action owes nothing whatever its target.
    bool tracked() const;
};

struct SubGoal {
    std::string id;
    std::string text;
    Colour colour;
    std::array<Action, kActionsPerGoal> actions;
    std::string reflection;  // the year-end look back at this sub-goal (회고)
    UnknownFields unknown;
    friend bool operator==(const SubGoal&, const SubGoal&) = default;
};

struct Plan {
    int year = 2026;
    // The ISO week (of `year`) the plan began: nothing is owed before it.
    int start = 1;
    std::string title;
    std::string core;
    std::array<SubGoal, kSubGoals> sub_goals;
    // Check-ins: ISO week number (of the ISO week-year `year`) → that week's log.
    // Weeks with nothing recorded are not stored.
    std::map<int, WeekLog> weeks;
    std::string reflection;  // the year-end look back at the whole year
    // Values a merge could not choose between: the plan holds mine, each conflict theirs.
    std::vector<Conflict> conflicts;
    UnknownFields unknown;  // top-level keys of the file
    friend bool operator==(const Plan&, const Plan&) = default;

    SubGoal& goal(int n) { return sub_goals[static_cast<std::size_t>(n - 1)]; }
    const SubGoal& goal(int n) const { return sub_goals[static_cast<std::size_t>(n - 1)]; }
    Action& action(int n, int m) { return goal(n).actions[static_cast<std::size_t>(m - 1)]; }
    const Action& action(int n, int m) const { return goal(n).actions[static_cast<std::size_t>(m - 1)]; }

    const std::string& text_at(const CellAddress& address) const;
    // The week action N.M is counted from: the later of the plan's start and its own.
    int start_of(int n, int m) const;
    // How many times action N.M was done in `week` (0 when nothing is recorded).
    int count(int week, int n, int m) const;
    const WeekLog* week_log(int week) const;
    std::string& text_at(const CellAddress& address);
    // The reflection on sub-goal n (1..8), or on the whole year (n = 0).
    const std::string& reflection_of(int n) const { return n == 0 ? reflection : goal(n).reflection; }
    std::string& reflection_of(int n) { return n == 0 ? reflection : goal(n).reflection; }
};

// An empty plan: default colours, every action "1/week", fresh ids (g1..g8, a1.1..a8.8),
// starting in week 1.
Plan make_blank_plan(int year);
// The week a plan made on `today` for `year` starts: today's week during the year, week 1
// when it is made before the year begins or for a past year.
int start_week_for(int year, const Date& today);
// The year a first plan made on `today` is for: from 1 December the coming one (a December
// start is planning next year), else this one.
int default_plan_year(const Date& today);

// Where a plan's start goes when its year changes to `year`: the same place in the new year.
// Week 1 stays week 1; a start that was the week the plan was made in (this week, this year)
// becomes the week a plan made today for the new year starts (week 1 of a year to come); any other
// week keeps its number, clamped to the new year's last week (`clamped` says so).
struct MovedStart {
    int week = 1;
    bool clamped = false;
};
MovedStart start_in_year(int year, int start, int new_year, const Date& today);

// `title` with the year it names changed to `new_year` ("2026 만다라트" → "2027 만다라트"); empty when
// it does not name `year` (then it is the user's own, left alone).
std::string title_for_year(const std::string& title, int year, int new_year);

// Why a piece of user text cannot be stored (empty when it can): invalid UTF-8,
// control characters other than a line break, or more than `limit` code points.
std::string check_text(const std::string& text, std::size_t limit);
// Why a year cannot be a plan's year (empty when it can).
std::string check_year(int year);
// Why `week` is not one of the plan year's ISO weeks (empty when it is).
std::string check_week(const Plan& plan, int week);
// Why nothing can be recorded in `week`: not in the year, or before the plan began (empty when it can).
std::string check_check_in_week(const Plan& plan, int week);
// The week `today` is in, as a week of the plan's year: 0 before the year, the last week after it.
int this_week_of(const Plan& plan, const Date& today);
// Why `week` cannot be ticked on `today`: check_check_in_week's reasons, or it is after this week
// (the future is not ticked). Empty when it can.
std::string check_tick_week(const Plan& plan, int week, const Date& today);
// Why action N.M cannot start in `week` on `today`: not in the year, before the plan's start,
// after this week, or after a week that already holds its ticks. Empty when it can.
std::string check_action_start(const Plan& plan, int n, int m, int week, const Date& today);
// The weeks that hold a check-in (a count, a note or a skip), in order.
std::vector<int> weeks_with_check_ins(const Plan& plan);
// The first week in which action N.M was ticked, or 0 (a `once` action is done from then on).
int first_done_week(const Plan& plan, int n, int m);
// The first week from `from` on in which action N.M was ticked, or 0.
int first_ticked_from(const Plan& plan, int n, int m, int from);
// The week before `today`'s when it went by with nothing recorded (no tick, no note, not skipped),
// is in the plan's year from its start, and the plan has written actions to tick: the week a user
// coming back on Tuesday should fill first. nullopt otherwise.
std::optional<int> missed_week(const Plan& plan, const Date& today);
// The first of the weeks that went by with nothing recorded, back from missed_week() to the plan's
// start (W49 when W49..W52 were all missed), or 0 when there is no missed week.
int first_missed_week(const Plan& plan, const Date& today);

}  // namespace mandalart
