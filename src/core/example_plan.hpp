#pragma once
// A complete, realistic example plan in Korean (all 81 cells, varied targets),
// used by `mandalart new --example`, the README picture and the tests.
#include "core/plan.hpp"

namespace mandalart {

Plan make_example_plan(int year);

}  // namespace mandalart
