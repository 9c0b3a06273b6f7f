#include "cli/week_choice.hpp"

namespace mandalart::cli {
namespace {

std::string year_range(int year) {
    const int last = weeks_in_iso_year(year);
    return "the plan's year " + std::to_string(year) + " runs from " + format_week({year, 1}) + " (Monday " +
           format_date(monday_of({year, 1})) + ") to " + format_week({year, last}) + " (Sunday " +
           format_date(sunday_of({year, last})) + ")";
}

WeekChoice refused(std::string message, bool usage) { return WeekChoice{0, std::move(message), usage}; }

}  // namespace

std::string describe_week(int year, int week) {
    return format_week({year, week}) + " (" + format_date(monday_of({year, week})) + " – " +
           format_date(sunday_of({year, week})) + ")";
}

std::string week_args_error(const Args& args) {
    const auto week_text = args.option("week"), date_text = args.option("date");
    if (week_text && date_text) return "use --week or --date, not both";
    if (week_text && !parse_week(*week_text))
        return "--week wants an ISO week like 2026-W10 (that exists in its year), got \"" + *week_text + "\"";
    if (date_text && !parse_date(*date_text)) return "--date wants a date like 2026-03-05, got \"" + *date_text + "\"";
    return {};
}

WeekChoice choose_week(const Args& args, const Plan& plan, const Date& today) {
    if (std::string error = week_args_error(args); !error.empty()) return refused(std::move(error), true);
    const auto week_text = args.option("week"), date_text = args.option("date");
    IsoWeek week;
    std::string named;
    if (week_text) {
        week = *parse_week(*week_text);
        named = *week_text;
    } else if (date_text) {
        week = iso_week_of(*parse_date(*date_text));
        named = *date_text + " (" + format_week(week) + ")";
    } else {
        week = iso_week_of(today);
        named = "today, " + format_date(today) + " (" + format_week(week) + "),";
    }
    if (week.year != plan.year)
        return refused(named + " is not in this plan: " + year_range(plan.year) +
                           (week_text || date_text ? "" : "; name a week with --week or --date"),
                       false);
    return WeekChoice{week.week, {}, false};
}

}  // namespace mandalart::cli
