#pragma once
// Check-ins as a tidy table for pandas or R: one row per action per week.
#include <string>

#include "core/plan.hpp"

namespace mandalart {

// Header: year,week,sub_goal_id,sub_goal,action_id,action,target,count,skipped — then one row
// for each of the 64 actions in each of the plan's weeks 1..`weeks` (the weeks started so far),
// in week order then chart order. UTF-8 without BOM (pandas and R read the header cleanly),
// CRLF rows; `skipped` is true/false.
std::string tidy_csv(const Plan& plan, int weeks);

}  // namespace mandalart
