#pragma once
// Next year's plan from this year's, as chosen: every action, the unfinished ones, or an empty
// chart around the same core goal; no check-ins and no reflections either way. Ids are kept, so
// next year's review can set each action beside last year's. A milestone done this year is never
// carried as one to do again.
#include "core/stats.hpp"

namespace mandalart {

enum class Carry {
    All,         // every action, but a finished milestone (its cell left empty for a new one)
    Unfinished,  // the actions not yet at 100 % (finished milestones and finished habits left out)
    Empty,       // only the core goal; sub-goals and actions empty
};

// `stats`: this year's numbers (which actions are finished). A title naming this year
// ("2026 나의 만다라트") names the next one. `keep_colours`: the sub-goals keep theirs, else take
// the default ones.
Plan next_year_plan(const Plan& plan, const PlanStats& stats, Carry carry, bool keep_colours = true);

}  // namespace mandalart
