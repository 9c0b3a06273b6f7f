#include "cli/stats_format.hpp"

#include "core/stats.hpp"

#include <cmath>
#include <cstdio>

namespace mandalart::cli {
namespace {

double round_to(double value, double scale) { return std::round(value * scale) / scale; }

}  // namespace

nlohmann::ordered_json json_ratio(const std::optional<double>& value) {
    if (!value) return nullptr;
    return round_to(*value, 10000.0);
}

nlohmann::ordered_json json_amount(double value) {
    const double whole = std::round(value);
    if (std::fabs(value - whole) < 1e-9) return static_cast<long long>(whole);
    return round_to(value, 100.0);
}

std::string week_and_total_text(const Plan& plan, int week, int n, int m, Language l) {
    const RunningTotal total = running_total(plan, week, n, m);
    const std::string count = std::to_string(plan.count(week, n, m));
    const std::string so_far = std::to_string(total.done) + "/" + std::to_string(total.target);
    const bool month = plan.action(n, m).target.kind == TargetKind::PerMonth;
    if (l == Language::Korean) return "이번 주 " + count + "회, " + (month ? "이번 달 " : "올해 ") + so_far;
    return count + " this week, " + so_far + (month ? " this month" : " this year");
}

std::string amount_text(double value) {
    const nlohmann::ordered_json j = json_amount(value);
    if (j.is_number_integer()) return std::to_string(j.get<long long>());
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

}  // namespace mandalart::cli
