// The iCalendar writer's own rules: folding at 75 octets without splitting Hangul, CRLF, escaping,
// and the weekly rule's length from the plan's start week.
#include <catch2/catch.hpp>

#include "core/example_plan.hpp"
#include "export/check_in_calendar.hpp"

using namespace mandalart;

TEST_CASE("a long Hangul line folds at 75 octets, never inside a syllable, and ends in CRLF") {
    std::string line = "SUMMARY:";
    for (int i = 0; i < 40; ++i) line += "만다라트";
    const std::string folded = ics_line(line);
    REQUIRE(folded.size() >= 2);
    CHECK(folded.substr(folded.size() - 2) == "\r\n");
    std::string unfolded;
    std::size_t start = 0;
    while (start < folded.size()) {
        const std::size_t end = folded.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        const std::string physical = folded.substr(start, end - start);
        CHECK(physical.size() <= 75);
        // A continuation starts with one space, then a whole UTF-8 sequence (never a continuation byte).
        const std::string content = start == 0 ? physical : physical.substr(1);
        if (start != 0) CHECK(physical[0] == ' ');
        CHECK((static_cast<unsigned char>(content[0]) & 0xC0) != 0x80);
        unfolded += content;
        start = end + 2;
    }
    CHECK(unfolded == line);
}

TEST_CASE("text values escape what iCalendar reserves") {
    CHECK(ics_text("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne");
}

TEST_CASE("the weekly check-in repeats from the plan's start week to the year's last week") {
    Plan plan = make_example_plan(2026);
    plan.start = 29;
    CHECK(reminder_weeks(plan) == 25);  // 2026 has 53 ISO weeks
    plan.start = 1;
    ReminderOptions options;
    options.stamp = "20261201T000000Z";
    options.weekday = 1;
    const std::string ics = check_in_calendar(plan, options);
    CHECK(ics.find("RRULE:FREQ=WEEKLY;COUNT=53\r\n") != std::string::npos);
    CHECK(ics.find("DTSTART:20251229T210000\r\n") != std::string::npos);  // Monday of 2026-W01
}
