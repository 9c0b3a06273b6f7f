#pragma once
// Check-ins as a tidy table for pandas or R: one row per action per week.
#include <string>

#include "core/plan.hpp"

namespace mandalart {

// Header: year,week,sub_goal_id,sub_goal,action_id,action,target,count,skipped — then one row
// for each tracked action (written, target not none) in each of the weeks first..last (from the
// plan's start to the last week begun), in week order then chart order. UTF-8 without BOM
// (pandas and R read the header cleanly), CRLF rows; `skipped` is true/false.
std::string tidy_csv(const Plan& plan, int first, int last);

}  // namespace mandalart
