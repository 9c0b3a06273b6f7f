#pragma once
// What hovering an action's cell on the chart says, as plain text (a test reads it): its target,
// what this week holds for it, and the year so far with its counts; a streak when it has one.
#include <string>

#include "core/plan.hpp"
#include "core/settings.hpp"
#include "core/stats.hpp"

namespace mandalart::ui {

// Empty for an action that is not tracked (unwritten, or `none`).
std::string action_tooltip(const Plan& plan, const PlanStats& stats, const Date& today, int n, int m, Language language);

}  // namespace mandalart::ui
