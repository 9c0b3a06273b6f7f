#pragma once
// A blank plan whose 64 actions are all written ("실천 N.M"), so that every action with a target
// is tracked: the fixture for hand-computed numbers that are not about unwritten actions.
#include <string>

#include "core/plan.hpp"

namespace mandalart::testing {

inline Plan written_plan(int year) {
    Plan plan = make_blank_plan(year);
    for (int n = 1; n <= kSubGoals; ++n)
        for (int m = 1; m <= kActionsPerGoal; ++m) plan.action(n, m).text = "실천 " + std::to_string(n) + "." + std::to_string(m);
    return plan;
}

}  // namespace mandalart::testing
