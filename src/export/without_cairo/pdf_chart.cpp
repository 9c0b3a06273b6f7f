// A build without cairo and Pango (the Windows build) has no PDF: every way to ask for one gets
// the same line, and the file named is never touched. docs/PORTING.md says what PDF would take.
#include "export/pdf_chart.hpp"

namespace mandalart {

bool pdf_in_this_build() { return false; }

std::string pdf_not_in_build() {
    return "PDF is not in this build (it needs cairo and Pango); export the chart as SVG or PNG and print that";
}

std::string chart_pdf(const Plan&, const PlanStats*, Paper) { return {}; }

std::string write_chart_pdf(const Plan&, const PlanStats*, Paper, const std::string&, FileSystem&) { return pdf_not_in_build(); }

}  // namespace mandalart
