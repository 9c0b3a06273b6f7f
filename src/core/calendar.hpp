#pragma once
// Dates and ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday), in the
// proleptic Gregorian calendar. Pure arithmetic: what "today" is comes from the caller.
#include <optional>
#include <string>
#include <string_view>

namespace mandalart {

struct Date {
    int year = 1970, month = 1, day = 1;
    friend auto operator<=>(const Date&, const Date&) = default;
};

// Days since 1970-01-01 (negative before), and back.
long long days_since_epoch(const Date& date);
Date date_from_days(long long days);
Date add_days(const Date& date, long long days);
// 1 = Monday … 7 = Sunday.
int iso_weekday(const Date& date);
int days_in_month(int year, int month);
bool is_leap_year(int year);

// "YYYY-MM-DD" with a real month and day; nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);
std::string format_date(const Date& date);

struct IsoWeek {
    int year = 1970;  // the ISO week-year, which differs from the calendar year around New Year
    int week = 1;     // 1..52 or 1..53
    friend auto operator<=>(const IsoWeek&, const IsoWeek&) = default;
};

IsoWeek iso_week_of(const Date& date);
Date monday_of(const IsoWeek& week);
Date thursday_of(const IsoWeek& week);
Date sunday_of(const IsoWeek& week);
// 52 or 53.
int weeks_in_iso_year(int year);

// "2025-W10" (the week must exist in that year); nullopt otherwise.
std::optional<IsoWeek> parse_week(std::string_view text);
std::string format_week(const IsoWeek& week);
// How many of `year`'s ISO weeks have started by `as_of` (0 before the year, all after it).
int weeks_started(int year, const Date& as_of);
// Weeks first..last of `year`: "2026-W49–W52", or one week alone ("2026-W01") when first == last.
std::string format_week_span(int year, int first, int last);

}  // namespace mandalart
