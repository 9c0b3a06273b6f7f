#include "core/address.hpp"

namespace mandalart {
namespace {

std::optional<int> parse_digit_1_to_8(std::string_view text) {
    if (text.size() != 1 || text[0] < '1' || text[0] > '8') return std::nullopt;
    return text[0] - '0';
}

}  // namespace

std::optional<CellAddress> parse_address(std::string_view text) {
    if (text == "core") return CellAddress::core();
    const auto dot = text.find('.');
    if (dot == std::string_view::npos) {
        if (const auto n = parse_digit_1_to_8(text)) return CellAddress::goal(*n);
        return std::nullopt;
    }
    const auto n = parse_digit_1_to_8(text.substr(0, dot));
    const auto m = parse_digit_1_to_8(text.substr(dot + 1));
    if (!n || !m) return std::nullopt;
    return CellAddress::act(*n, *m);
}

std::string format_address(const CellAddress& address) {
    switch (address.kind) {
        case CellKind::Core: return "core";
        case CellKind::SubGoal: return std::to_string(address.sub_goal);
        case CellKind::Action: return std::to_string(address.sub_goal) + "." + std::to_string(address.action);
    }
    return "core";
}

const std::vector<CellAddress>& filling_order() {
    static const std::vector<CellAddress> order = [] {
        std::vector<CellAddress> v{CellAddress::core()};
        for (int n = 1; n <= kSubGoals; ++n) v.push_back(CellAddress::goal(n));
        for (int n = 1; n <= kSubGoals; ++n)
            for (int m = 1; m <= kActionsPerGoal; ++m) v.push_back(CellAddress::act(n, m));
        return v;
    }();
    return order;
}

int filling_index(const CellAddress& address) {
    switch (address.kind) {
        case CellKind::Core: return 0;
        case CellKind::SubGoal: return address.sub_goal;
        case CellKind::Action: return 1 + kSubGoals + (address.sub_goal - 1) * kActionsPerGoal + (address.action - 1);
    }
    return 0;
}

}  // namespace mandalart
