#pragma once
// The 9×9 chart as a plain-text table for terminals: columns stay aligned with Hangul
// (East Asian wide characters count as two columns) and long cells wrap.
#include <string>

#include "core/chart_texts.hpp"

namespace mandalart::cli {

inline constexpr int kMaxColumnWidth = 14;

std::string render_grid_table(const ChartTexts& grid, int max_column_width = kMaxColumnWidth);

}  // namespace mandalart::cli
