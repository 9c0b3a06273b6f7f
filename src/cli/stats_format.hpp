#pragma once
// How the numbers of docs/STATS.md are written by status and report: ratios rounded to four
// decimals in JSON (null when there is none); percentages in text come from core/stats.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/plan.hpp"
#include "core/settings.hpp"

namespace mandalart::cli {

nlohmann::ordered_json json_ratio(const std::optional<double>& value);
// A count that may be fractional (a pro-rated yearly expectation): an integer when whole.
nlohmann::ordered_json json_amount(double value);
std::string amount_text(double value);
// A monthly or yearly action's week and running total: "1 this week, 3/4 this month" /
// "이번 주 1회, 이번 달 3/4" (status and check say it alike).
std::string week_and_total_text(const Plan& plan, int week, int n, int m, Language language);

}  // namespace mandalart::cli
