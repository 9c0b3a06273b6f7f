#pragma once
// The weekly check-in as an iCalendar file (RFC 5545) for the user's calendar program: one weekly
// event from the plan's start week to the last week of its year, with an alarm and the command that
// opens the check-in, and one all-day to-do per milestone (`once` action) not done yet.
//
// Times are floating local time (no TZID): the reminder rings at 21:00 wherever the user is, which
// is what a habit check-in means, and needs no VTIMEZONE. Lines end in CRLF and are folded at 75
// octets without splitting a UTF-8 sequence. UIDs come from the plan's ids, so importing a newer
// export updates the same event instead of adding a second one.
#include <string>

#include "core/calendar.hpp"
#include "core/plan.hpp"
#include "core/settings.hpp"

namespace mandalart {

struct ReminderOptions {
    int weekday = 7;             // 1 = Monday … 7 = Sunday
    int hour = 21, minute = 0;   // local time
    int minutes = 30;            // how long the event lasts
    std::string plan_path;       // named in the command that opens the check-in
    Language language = Language::Korean;
    std::string stamp;           // DTSTAMP, UTC: "20261201T043000Z"
};

std::string check_in_calendar(const Plan& plan, const ReminderOptions& options);

// The number of weekly check-ins the event repeats for: the plan's start week to the year's last.
int reminder_weeks(const Plan& plan);

// Now, in UTC, as DTSTAMP wants it: "20261201T043000Z".
std::string utc_stamp_now();

// One content line: escaped by the caller, folded here at 75 octets, ending in CRLF.
std::string ics_line(const std::string& line);
// TEXT value escaping (backslash, semicolon, comma, line breaks).
std::string ics_text(const std::string& text);

}  // namespace mandalart
