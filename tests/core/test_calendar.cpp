#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "core/calendar.hpp"

using namespace mandalart;

TEST_CASE("days since the epoch round-trip and weekdays are right") {
    CHECK(days_since_epoch(Date{1970, 1, 1}) == 0);
    CHECK(days_since_epoch(Date{2000, 3, 1}) == 11017);
    CHECK(days_since_epoch(Date{1969, 12, 31}) == -1);
    for (long long d = -800000; d <= 800000; d += 997) CHECK(days_since_epoch(date_from_days(d)) == d);
    CHECK(iso_weekday(Date{2025, 3, 3}) == 1);    // a Monday
    CHECK(iso_weekday(Date{2024, 12, 29}) == 7);  // a Sunday
    CHECK(iso_weekday(Date{1900, 1, 1}) == 1);
}

TEST_CASE("leap years and month lengths") {
    CHECK(is_leap_year(2024));
    CHECK(is_leap_year(2000));
    CHECK_FALSE(is_leap_year(1900));
    CHECK_FALSE(is_leap_year(2025));
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2100, 2) == 28);
    CHECK(add_days(Date{2024, 2, 28}, 1) == Date{2024, 2, 29});
    CHECK(add_days(Date{2023, 2, 28}, 1) == Date{2023, 3, 1});
}

TEST_CASE("ISO weeks at year boundaries") {
    CHECK(iso_week_of(Date{2024, 12, 30}) == IsoWeek{2025, 1});  // 2025-W01 starts in 2024
    CHECK(iso_week_of(Date{2024, 12, 29}) == IsoWeek{2024, 52});
    CHECK(iso_week_of(Date{2021, 1, 3}) == IsoWeek{2020, 53});    // 2020 has a W53
    CHECK(iso_week_of(Date{2027, 1, 1}) == IsoWeek{2026, 53});    // so has 2026
    CHECK(iso_week_of(Date{2026, 12, 28}) == IsoWeek{2026, 53});
    CHECK(iso_week_of(Date{2027, 1, 4}) == IsoWeek{2027, 1});
    CHECK(weeks_in_iso_year(2020) == 53);
    CHECK(weeks_in_iso_year(2026) == 53);
    CHECK(weeks_in_iso_year(2025) == 52);
    CHECK(weeks_in_iso_year(2015) == 53);
    CHECK(monday_of(IsoWeek{2025, 1}) == Date{2024, 12, 30});
    CHECK(monday_of(IsoWeek{2025, 10}) == Date{2025, 3, 3});
    CHECK(sunday_of(IsoWeek{2025, 10}) == Date{2025, 3, 9});
    CHECK(thursday_of(IsoWeek{2026, 1}) == Date{2026, 1, 1});
    CHECK(monday_of(IsoWeek{2026, 53}) == Date{2026, 12, 28});
}

TEST_CASE("week and date texts are parsed strictly") {
    CHECK(parse_week("2025-W10") == IsoWeek{2025, 10});
    CHECK(format_week(IsoWeek{2025, 1}) == "2025-W01");
    CHECK(parse_week("2026-W53").has_value());
    CHECK_FALSE(parse_week("2025-W53").has_value());  // 2025 has 52 weeks
    CHECK_FALSE(parse_week("2025-W00").has_value());
    CHECK_FALSE(parse_week("2025-W1").has_value());
    CHECK_FALSE(parse_week("2025W10").has_value());
    CHECK(parse_date("2024-02-29") == Date{2024, 2, 29});
    CHECK_FALSE(parse_date("2025-02-29").has_value());
    CHECK_FALSE(parse_date("2025-13-01").has_value());
    CHECK_FALSE(parse_date("2025-3-5").has_value());
    CHECK_FALSE(parse_date("2025-03-05x").has_value());
    CHECK(format_date(Date{2025, 3, 5}) == "2025-03-05");
}

// Several hundred dates around every New Year from 1999 to 2032, and some in between:
// the week key must equal what GNU date prints for %G-W%V.
TEST_CASE("week keys agree with GNU date for hundreds of dates", "[gnu-date]") {
    std::vector<Date> dates;
    for (int year = 1999; year <= 2032; ++year) {
        for (long long d = -6; d <= 6; ++d) dates.push_back(add_days(Date{year, 1, 1}, d));
        dates.push_back(Date{year, 6, 15});
        dates.push_back(Date{year, 2, 28});
    }
    char name[] = "/tmp/mandalart-dates-XXXXXX";
    const int fd = mkstemp(name);
    REQUIRE(fd >= 0);
    close(fd);
    {
        std::ofstream file(name);
        for (const Date& d : dates) file << format_date(d) << "\n";
    }
    const std::string command = std::string("LC_ALL=C date -f ") + name + " +%G-W%V";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::vector<std::string> expected;
    char line[64];
    while (std::fgets(line, sizeof line, pipe) != nullptr) expected.emplace_back(std::string(line).substr(0, 8));
    pclose(pipe);
    std::remove(name);
    REQUIRE(expected.size() == dates.size());
    REQUIRE(dates.size() > 450);
    for (std::size_t i = 0; i < dates.size(); ++i) {
        INFO(format_date(dates[i]));
        CHECK(format_week(iso_week_of(dates[i])) == expected[i]);
    }
}
