#pragma once
// The chart as a printable PDF page (A4 or A3): the same layout and colours as the SVG and PNG
// (core/chart_picture), drawn by cairo with the text laid out by Pango, so Hangul stays real text a
// reader can search and copy, the fonts are embedded, and characters the Korean face lacks come
// from fontconfig's fallbacks (Hanja, Chinese, emoji). A build without cairo and Pango (the
// Windows build: export/without_cairo) has no PDF and says so.
#include <string>

#include "core/plan.hpp"
#include "core/stats.hpp"
#include "storage/file_system.hpp"
#include "export/svg_chart.hpp"

namespace mandalart {

// Whether this build writes PDF; when not, the two below return the line in `pdf_not_in_build()`.
bool pdf_in_this_build();
std::string pdf_not_in_build();
// The PDF file's bytes.
std::string chart_pdf(const Plan& plan, const PlanStats* stats, Paper paper);
// Writes it to `path` all at once through `fs` (nothing is changed when it fails); returns an error line or "".
std::string write_chart_pdf(const Plan& plan, const PlanStats* stats, Paper paper, const std::string& path, FileSystem& fs);

}  // namespace mandalart
