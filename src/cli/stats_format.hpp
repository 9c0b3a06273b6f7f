#pragma once
// How the numbers of docs/STATS.md are written by status and report: ratios rounded to four
// decimals in JSON (null when there is none); percentages in text come from core/stats.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace mandalart::cli {

nlohmann::ordered_json json_ratio(const std::optional<double>& value);
// A count that may be fractional (a pro-rated yearly expectation): an integer when whole.
nlohmann::ordered_json json_amount(double value);
std::string amount_text(double value);

}  // namespace mandalart::cli
