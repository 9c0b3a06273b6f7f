#pragma once
// Which week of a plan a command works on: --week 2025-W10, --date 2025-03-05, or the week of
// today. A week outside the plan's year is refused with a message naming the year's range.
#include <string>

#include "cli/args.hpp"
#include "core/calendar.hpp"
#include "core/plan.hpp"

namespace mandalart::cli {

struct WeekChoice {
    int week = 0;       // 1..53 in the plan's year, when error is empty
    std::string error;  // why not (without the "mandalart: " prefix)
    bool usage = false;  // the error is a malformed argument (exit 2) rather than bad input (exit 1)
};

// A malformed --week or --date, or both given (a usage error); empty when they are fine.
std::string week_args_error(const Args& args);

WeekChoice choose_week(const Args& args, const Plan& plan, const Date& today);

// "2026-W10 (2026-03-02 – 2026-03-08)"
std::string describe_week(int year, int week);

}  // namespace mandalart::cli
