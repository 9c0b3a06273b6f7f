#pragma once
// The chart as a PNG image, drawn in software (FreeType for the Hangul text, stb_image_write
// for the file): the same picture as the SVG, for the Markdown retrospective and File →
// Export image. No window or OpenGL needed, so the command line can make it too.
#include <string>

#include "core/chart_picture.hpp"
#include "storage/file_system.hpp"

namespace mandalart {

inline constexpr int kChartPngWidth = 1600;

// Writes `pic` (laid out for `pic.width` pixels) to `path`, atomically, through `fs`. Returns an error line or "".
std::string write_chart_png(const ChartPicture& pic, const std::string& path, FileSystem& fs);

}  // namespace mandalart
