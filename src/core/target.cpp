#include "core/target.hpp"

#include <charconv>

namespace mandalart {

int max_times(TargetKind kind) {
    switch (kind) {
        case TargetKind::PerWeek: return 7;
        case TargetKind::PerMonth: return 31;
        case TargetKind::PerYear: return 366;
        default: return 0;
    }
}

namespace {

std::optional<TargetKind> period_kind(std::string_view unit) {
    if (unit == "week") return TargetKind::PerWeek;
    if (unit == "month") return TargetKind::PerMonth;
    if (unit == "year") return TargetKind::PerYear;
    return std::nullopt;
}

const char* unit_name(TargetKind kind) {
    switch (kind) {
        case TargetKind::PerWeek: return "week";
        case TargetKind::PerMonth: return "month";
        default: return "year";
    }
}

}  // namespace

TargetParse parse_target(std::string_view text) {
    if (text == "once") return {Target{TargetKind::Once, 1}, {}};
    if (text == "none") return {Target{TargetKind::None, 0}, {}};
    const std::string expected = "expected N/week, N/month, N/year, once or none, got \"" + std::string(text) + "\"";
    const auto slash = text.find('/');
    if (slash == std::string_view::npos || slash == 0) return {std::nullopt, expected};
    const auto kind = period_kind(text.substr(slash + 1));
    if (!kind) return {std::nullopt, expected};
    int times = 0;
    const auto digits = text.substr(0, slash);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), times);
    if (ec != std::errc{} || end != digits.data() + digits.size()) return {std::nullopt, expected};
    if (times < 1 || times > max_times(*kind))
        return {std::nullopt, "target \"" + std::string(text) + "\" out of range: N/" + unit_name(*kind) +
                                  " needs N from 1 to " + std::to_string(max_times(*kind))};
    return {Target{*kind, times}, {}};
}

std::string format_target(const Target& target) {
    switch (target.kind) {
        case TargetKind::Once: return "once";
        case TargetKind::None: return "none";
        default: return std::to_string(target.times) + "/" + unit_name(target.kind);
    }
}

}  // namespace mandalart
