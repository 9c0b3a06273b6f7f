#pragma once
// What a check-in row says beside its action, as plain text: a function of the plan, the year's
// numbers and the week, so a test can call it without drawing anything.
#include <string>

#include "core/plan.hpp"
#include "core/settings.hpp"
#include "core/stats.hpp"

namespace mandalart::ui {

// For week `week` of action N.M: a `once` action done in an earlier week says when ("완료 ·
// 2026-W12"); a weekly action on a streak of two weeks or more says so; a monthly or yearly
// action gives its running total ("이번 달 2/4"); an action with no target says there is nothing to
// tick; an action written after the week shown says from when it counts ("시작 · 2026-W50").
// Empty otherwise, and before the plan's start.
std::string check_in_status(const Plan& plan, const PlanStats& stats, int week, int n, int m, Language language);
// A monthly or yearly action's running total up to `week`: "이번 달 2/4", "올해 3/12".
std::string running_total_label(const Plan& plan, int week, int n, int m, Language language);

}  // namespace mandalart::ui
