#include "core/calendar.hpp"

#include <cstdio>

namespace mandalart {
namespace {

// Floor division, so that dates before 1970 map correctly.
long long floor_div(long long a, long long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (const char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int to_int(std::string_view s) {
    int value = 0;
    for (const char c : s) value = value * 10 + (c - '0');
    return value;
}

std::string padded(int value, int width) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%0*d", width, value);
    return buffer;
}

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && is_leap_year(year)) return 29;
    return kDays[month - 1];
}

// Counts in 400-year eras starting on March 1st, where the leap day is the last day of the year.
long long days_since_epoch(const Date& d) {
    const long long y = d.year - (d.month <= 2 ? 1 : 0);
    const long long era = floor_div(y, 400);
    const long long year_of_era = y - era * 400;                                  // 0..399
    const long long month_from_march = (d.month + 9) % 12;                        // March = 0
    const long long day_of_year = (153 * month_from_march + 2) / 5 + d.day - 1;   // 0..365
    const long long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;  // 719468: days from 0000-03-01 to 1970-01-01
}

Date date_from_days(long long days) {
    const long long z = days + 719468;
    const long long era = floor_div(z, 146097);
    const long long day_of_era = z - era * 146097;
    const long long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const long long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const long long month_from_march = (5 * day_of_year + 2) / 153;
    Date d;
    d.day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
    d.month = static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
    d.year = static_cast<int>(year_of_era + era * 400 + (d.month <= 2 ? 1 : 0));
    return d;
}

Date add_days(const Date& date, long long days) { return date_from_days(days_since_epoch(date) + days); }

int iso_weekday(const Date& date) {
    const long long days = days_since_epoch(date);  // 1970-01-01 was a Thursday (4)
    return static_cast<int>(((days + 3) % 7 + 7) % 7) + 1;
}

IsoWeek iso_week_of(const Date& date) {
    const Date thursday = add_days(date, 4 - iso_weekday(date));
    const long long ordinal = days_since_epoch(thursday) - days_since_epoch(Date{thursday.year, 1, 1});
    return IsoWeek{thursday.year, static_cast<int>(ordinal / 7) + 1};
}

Date monday_of(const IsoWeek& week) {
    // January 4th is always in week 1.
    const Date jan4{week.year, 1, 4};
    const Date first_monday = add_days(jan4, 1 - iso_weekday(jan4));
    return add_days(first_monday, 7LL * (week.week - 1));
}

Date thursday_of(const IsoWeek& week) { return add_days(monday_of(week), 3); }
Date sunday_of(const IsoWeek& week) { return add_days(monday_of(week), 6); }

int weeks_in_iso_year(int year) { return iso_week_of(Date{year, 12, 28}).week; }

std::optional<Date> parse_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const std::string_view y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
    if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
    const Date date{to_int(y), to_int(m), to_int(d)};
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > days_in_month(date.year, date.month))
        return std::nullopt;
    return date;
}

std::string format_date(const Date& date) {
    return padded(date.year, 4) + "-" + padded(date.month, 2) + "-" + padded(date.day, 2);
}

std::optional<IsoWeek> parse_week(std::string_view text) {
    if (text.size() != 8 || text[4] != '-' || text[5] != 'W') return std::nullopt;
    const std::string_view y = text.substr(0, 4), w = text.substr(6, 2);
    if (!all_digits(y) || !all_digits(w)) return std::nullopt;
    const IsoWeek week{to_int(y), to_int(w)};
    if (week.week < 1 || week.week > weeks_in_iso_year(week.year)) return std::nullopt;
    return week;
}

std::string format_week(const IsoWeek& week) { return padded(week.year, 4) + "-W" + padded(week.week, 2); }

int weeks_started(int year, const Date& as_of) {
    const int last = weeks_in_iso_year(year);
    if (as_of < monday_of(IsoWeek{year, 1})) return 0;
    if (as_of > sunday_of(IsoWeek{year, last})) return last;
    return iso_week_of(as_of).week;
}

std::string format_week_span(int year, int first, int last) {
    const std::string from = format_week({year, first});
    if (first == last) return from;
    return from + "–W" + padded(last, 2);
}

}  // namespace mandalart
