#pragma once
// The 81 texts of the chart in grid order (row-major), each sub-goal appearing twice.
#include <array>
#include <string>

#include "core/layout.hpp"
#include "core/plan.hpp"

namespace mandalart {

using ChartTexts = std::array<std::array<std::string, kGridSize>, kGridSize>;

ChartTexts chart_texts(const Plan& plan);

}  // namespace mandalart
