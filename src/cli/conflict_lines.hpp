#pragma once
// The conflicts a plan holds, one line each, as `merge`, `merge-driver` and `conflicts` print them:
//   1. conflict 3.5 note: kept "아침에", theirs "저녁에"
#include <ostream>
#include <vector>

#include "core/plan.hpp"

namespace mandalart::cli {

// Every conflict the plan holds, numbered from 1; those not in `new_ones` are marked as left
// from before.
void print_conflicts(std::ostream& out, const Plan& plan, const std::vector<Conflict>& new_ones);

}  // namespace mandalart::cli
