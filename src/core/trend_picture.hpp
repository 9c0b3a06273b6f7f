#pragma once
// The year's weekly trend as a picture (the review's bars, for the Markdown retrospective): one
// bar per week of the plan's year, its height the week's completion; skipped weeks as a grey
// stub, weeks before the start or not begun left empty. Laid out as a ChartPicture, so the PNG
// writer that draws the chart draws it too.
#include <string>
#include <vector>

#include "core/chart_picture.hpp"
#include "core/review.hpp"

namespace mandalart {

// `title` is the picture's heading in the reader's language ("주별 달성률 추이 2026").
ChartPicture make_trend_picture(const Plan& plan, const std::vector<TrendPoint>& trend, const std::string& title, double width);

}  // namespace mandalart
