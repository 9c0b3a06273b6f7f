#pragma once
// The chart as an SVG page: vector, printable on A4 or A3, Hangul kept as text (with a
// font-family list that covers Korean on Linux, Windows and macOS), no OpenGL needed.
#include <string>

#include "core/chart_picture.hpp"

namespace mandalart {

enum class Paper { A4, A3 };

struct PaperSize {
    double width_mm, height_mm;
};
PaperSize paper_size(Paper paper);

// A portrait page of `paper` with the picture centred across it (built for the printable width).
std::string chart_svg(const Plan& plan, const PlanStats* stats, Paper paper);

// Text made safe for XML character data and attribute values.
std::string xml_escape(const std::string& text);

}  // namespace mandalart
