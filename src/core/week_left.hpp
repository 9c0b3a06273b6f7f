#pragma once
// What a week still asks for, for the check-in reminder: each weekly action not yet done as often
// as its target says (written, from the plan's start). A skipped week asks for nothing.
#include <string>
#include <vector>

#include "core/plan.hpp"
#include "core/settings.hpp"

namespace mandalart {

struct ActionLeft {
    std::string text;
    int done = 0, times = 0;  // done this week, out of the times a week it is meant
};

std::vector<ActionLeft> left_in_week(const Plan& plan, int week);

// "이번 주 체크인: 3개 남았습니다 (주 3회 운동 1/3, 하루 물 2L 5/7, 11시 전 취침 0/5)", or empty when
// nothing is left. At most `shown` actions are named, then "…".
std::string reminder_line(const std::vector<ActionLeft>& left, Language language, std::size_t shown = 3);

}  // namespace mandalart
