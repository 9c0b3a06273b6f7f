#pragma once
// How often an action is meant to happen: "3/week", "2/month", "12/year", "once", "none".
#include <optional>
#include <string>
#include <string_view>

namespace mandalart {

enum class TargetKind { PerWeek, PerMonth, PerYear, Once, None };

struct Target {
    TargetKind kind = TargetKind::None;
    int times = 0;  // only for PerWeek / PerMonth / PerYear
    friend bool operator==(const Target&, const Target&) = default;

    bool tracked() const { return kind != TargetKind::None; }
};

// Largest N allowed for each kind: a week has 7 days, a month 31, a year 366.
int max_times(TargetKind kind);

struct TargetParse {
    std::optional<Target> target;
    std::string error;  // set when target is empty: why the text was refused
};

// Parses "N/week", "N/month", "N/year", "once" or "none" (ASCII, exact spelling).
TargetParse parse_target(std::string_view text);
std::string format_target(const Target& target);

}  // namespace mandalart
