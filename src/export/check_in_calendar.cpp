#include "export/check_in_calendar.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "core/labels.hpp"
#include "storage/local_date.hpp"
#include "version.hpp"

namespace mandalart {
namespace {

std::string two(int n) {
    char text[8];
    std::snprintf(text, sizeof text, "%02d", n);
    return text;
}

std::string ics_date(const Date& d) { return std::to_string(d.year) + two(d.month) + two(d.day); }

// A shell word: the path quoted only when it needs it.
std::string shell_word(const std::string& text) {
    if (text.find_first_of(" '\"\\$`!*?[](){};&|<>#~") == std::string::npos && !text.empty()) return text;
    std::string quoted = "'";
    for (const char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

}  // namespace

std::string utc_stamp_now() { return time_text(std::time(nullptr), "%Y%m%dT%H%M%SZ", Zone::Utc); }

std::string ics_text(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c == '\\' || c == ';' || c == ',') out += '\\';
        if (c == '\r') continue;
        if (c == '\n') out += "\\n";
        else out += c;
    }
    return out;
}

std::string ics_line(const std::string& line) {
    std::string out;
    std::size_t used = 0;  // octets on the current physical line
    for (std::size_t i = 0; i < line.size();) {
        std::size_t length = 1;  // the UTF-8 sequence starting here, kept whole
        const auto lead = static_cast<unsigned char>(line[i]);
        if (lead >= 0xF0) length = 4;
        else if (lead >= 0xE0) length = 3;
        else if (lead >= 0xC0) length = 2;
        length = std::min(length, line.size() - i);
        if (used + length > 75) {
            out += "\r\n ";
            used = 1;
        }
        out.append(line, i, length);
        used += length;
        i += length;
    }
    return out + "\r\n";
}

int reminder_weeks(const Plan& plan) { return weeks_in_iso_year(plan.year) - plan.start + 1; }

std::string check_in_calendar(const Plan& plan, const ReminderOptions& options) {
    const bool ko = options.language == Language::Korean;
    const std::string title = plan.title.empty() ? default_title(plan.year, options.language) : plan.title;
    const std::string key = plan.sub_goals[0].id.empty() ? std::to_string(plan.year) : plan.sub_goals[0].id;
    std::string ics;
    const auto line = [&ics](const std::string& text) { ics += ics_line(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(std::string("PRODID:-//Mandalart//Mandalart ") + MANDALART_VERSION + "//" + (ko ? "KO" : "EN"));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("X-WR-CALNAME:" + ics_text(title));

    // The weekly check-in, on the chosen day of each week from the start week.
    const Date first = add_days(monday_of({plan.year, plan.start}), options.weekday - 1);
    const std::string time = "T" + two(options.hour) + two(options.minute) + "00";
    const std::string open = "mandalart " + shell_word(options.plan_path) + " --view checkin";
    line("BEGIN:VEVENT");
    line("UID:check-in-" + std::to_string(plan.year) + "-" + key + "@mandalart");
    line("DTSTAMP:" + options.stamp);
    line("DTSTART:" + ics_date(first) + time);
    line("DURATION:PT" + std::to_string(options.minutes) + "M");
    line("RRULE:FREQ=WEEKLY;COUNT=" + std::to_string(reminder_weeks(plan)));
    line("SUMMARY:" + ics_text((ko ? "주간 체크인 · " : "Weekly check-in · ") + title));
    line("DESCRIPTION:" + ics_text((ko ? "이번 주를 돌아보고 체크하세요. 체크인 열기: " : "Look back on the week and tick it off. Open the check-in: ") + open));
    line("CATEGORIES:" + ics_text(ko ? "만다라트" : "Mandalart"));
    line("BEGIN:VALARM");
    line("ACTION:DISPLAY");
    line("TRIGGER:PT0M");
    line("DESCRIPTION:" + ics_text(ko ? "주간 체크인 시간입니다" : "Time for the weekly check-in"));
    line("END:VALARM");
    line("END:VEVENT");

    // A to-do for each milestone not done yet, due by the year's end.
    for (int n = 1; n <= kSubGoals; ++n)
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            const Action& action = plan.action(n, m);
            if (action.target.kind != TargetKind::Once || !action.tracked() || first_done_week(plan, n, m) != 0) continue;
            line("BEGIN:VTODO");
            line("UID:milestone-" + std::to_string(plan.year) + "-" + (action.id.empty() ? std::to_string(n) + "." + std::to_string(m) : action.id) + "@mandalart");
            line("DTSTAMP:" + options.stamp);
            line("DUE;VALUE=DATE:" + ics_date({plan.year, 12, 31}));
            line("SUMMARY:" + ics_text(action.text));
            line("DESCRIPTION:" + ics_text(plan.goal(n).text + (action.note.empty() ? "" : "\n" + action.note)));
            line("STATUS:NEEDS-ACTION");
            line("END:VTODO");
        }
    line("END:VCALENDAR");
    return ics;
}

}  // namespace mandalart
