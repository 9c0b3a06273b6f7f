#include "cli/action_name.hpp"

#include <vector>

#include "core/text.hpp"

namespace mandalart::cli {
namespace {

std::string listed(const Plan& plan, const std::vector<CellAddress>& cells) {
    std::string out;
    for (std::size_t i = 0; i < cells.size() && i < 6; ++i)
        out += (i > 0 ? ", " : "") + format_address(cells[i]) + " " + plan.text_at(cells[i]);
    if (cells.size() > 6) out += ", …";
    return out;
}

}  // namespace

ActionName find_action(const Plan& plan, const std::string& name) {
    if (const auto cell = parse_address(name)) {
        if (cell->kind == CellKind::Action) return {cell, {}};
        return {std::nullopt, "\"" + name + "\" is not an action; use N.M (N and M from 1 to 8) or a part of its text"};
    }
    if (name.find_first_not_of("0123456789.") == std::string::npos)
        return {std::nullopt, "no action \"" + name + "\": actions are N.M with N and M from 1 to 8"};
    if (is_blank(name)) return {std::nullopt, "an action's name is empty; use N.M or a part of its text"};
    std::vector<CellAddress> exact, partial;
    for (int n = 1; n <= kSubGoals; ++n)
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            const std::string& text = plan.action(n, m).text;
            if (is_blank(text)) continue;
            if (text == name) exact.push_back(CellAddress::act(n, m));
            else if (text.find(name) != std::string::npos) partial.push_back(CellAddress::act(n, m));
        }
    if (exact.size() == 1) return {exact.front(), {}};
    if (exact.size() > 1)
        return {std::nullopt, std::to_string(exact.size()) + " actions are called \"" + name + "\": " + listed(plan, exact) + "; use N.M"};
    if (partial.size() == 1) return {partial.front(), {}};
    if (partial.empty()) return {std::nullopt, "no action has \"" + name + "\" in its text; use N.M or a part of its text"};
    return {std::nullopt, "\"" + name + "\" is in " + std::to_string(partial.size()) + " actions: " + listed(plan, partial) +
                              "; use N.M or more of the text"};
}

}  // namespace mandalart::cli
