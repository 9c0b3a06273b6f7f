#include "cli/stats_format.hpp"

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

std::string amount_text(double value) {
    const nlohmann::ordered_json j = json_amount(value);
    if (j.is_number_integer()) return std::to_string(j.get<long long>());
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

}  // namespace mandalart::cli
