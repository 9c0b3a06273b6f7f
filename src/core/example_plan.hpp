#pragma once
// A complete, realistic example plan in Korean (all 81 cells, varied targets),
// used by `mandalart new --example`, the README picture and the tests.
#include "core/plan.hpp"

namespace mandalart {

Plan make_example_plan(int year);

// Fills weeks 1..through_week of `plan` with a believable, deterministic history of
// check-ins: some habits kept well, some dropped, a few skipped weeks and week notes.
// Used by `mandalart new --example --simulate`, screenshots, benchmarks and tests.
void simulate_check_ins(Plan& plan, int through_week);

}  // namespace mandalart
