#pragma once
// Next year's plan from this year's: the same goals, actions and targets (all of them, or only
// the actions not yet at 100 %), with no check-ins and no reflections. Ids are kept, so next
// year's review can set each action beside last year's.
#include "core/stats.hpp"

namespace mandalart {

enum class Carry { All, Unfinished };

// `stats`: this year's numbers (used for Carry::Unfinished: an action whose completion is
// 100 % becomes an empty cell; mindsets and actions with nothing expected are carried).
// A title naming this year ("2026 나의 만다라트") names the next one.
Plan next_year_plan(const Plan& plan, const PlanStats& stats, Carry carry);

}  // namespace mandalart
