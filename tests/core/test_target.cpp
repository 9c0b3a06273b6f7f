#include <catch2/catch.hpp>

#include "core/target.hpp"

using namespace mandalart;

TEST_CASE("targets parse, format and round-trip") {
    CHECK(parse_target("3/week").target == Target{TargetKind::PerWeek, 3});
    CHECK(parse_target("31/month").target == Target{TargetKind::PerMonth, 31});
    CHECK(parse_target("366/year").target == Target{TargetKind::PerYear, 366});
    CHECK(parse_target("once").target == Target{TargetKind::Once, 1});
    CHECK(parse_target("none").target == Target{TargetKind::None, 0});
    for (const char* text : {"1/week", "7/week", "2/month", "12/year", "once", "none"})
        CHECK(format_target(*parse_target(text).target) == text);
}

TEST_CASE("targets out of range or misspelt are refused with a reason") {
    CHECK(parse_target("8/week").error == "target \"8/week\" out of range: N/week needs N from 1 to 7");
    CHECK(parse_target("0/month").error == "target \"0/month\" out of range: N/month needs N from 1 to 31");
    CHECK(parse_target("367/year").error == "target \"367/year\" out of range: N/year needs N from 1 to 366");
    for (const char* bad : {"", "week", "/week", "3/weeks", "3/day", "-1/week", "3 /week", "Once", "x/week", "3/"}) {
        const TargetParse p = parse_target(bad);
        CHECK_FALSE(p.target);
        CHECK_FALSE(p.error.empty());
    }
}
