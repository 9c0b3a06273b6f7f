#pragma once
// How a command names an action: N.M, its whole text, or a part of its text that only one
// written action has (`mandalart check 운동`). A part several actions share is refused with them
// listed, so the user can say more or use N.M.
#include <optional>
#include <string>

#include "core/address.hpp"
#include "core/plan.hpp"

namespace mandalart::cli {

struct ActionName {
    std::optional<CellAddress> cell;  // set when the name picks exactly one action
    std::string error;                // otherwise, why not (one line)
};

ActionName find_action(const Plan& plan, const std::string& name);

}  // namespace mandalart::cli
