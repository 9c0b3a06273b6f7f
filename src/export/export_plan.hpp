#pragma once
// Every export behind one call: the command line's `export` and the editor's File menu both come
// here, so a format is written the same way wherever it was asked for. Files are written
// atomically through the given file system; nothing is written when the plan cannot be exported.
#include <string>
#include <vector>

#include "core/review.hpp"
#include "core/settings.hpp"
#include "export/check_in_calendar.hpp"
#include "export/svg_chart.hpp"
#include "storage/file_system.hpp"

namespace mandalart {

enum class ExportFormat {
    Markdown,  // the year-end retrospective, with its chart and trend pictures beside it
    Png,       // the chart as a picture
    Pdf,       // the printable chart
    Svg,       // the chart as vector art
    GridCsv,   // the 9×9 chart as a spreadsheet
    TidyCsv,   // check-ins, one row per action per week
    Calendar,  // the weekly check-in reminder (iCalendar)
};

struct ExportOptions {
    const PlanStats* stats = nullptr;  // the figures as of the export's day (required)
    bool progress = false;             // shade the chart by completion (PNG, PDF, SVG)
    Paper paper = Paper::A4;           // PDF and SVG
    Language language = Language::Korean;
    Comparison previous;               // last year, for the retrospective
    ReminderOptions reminder;          // the calendar's
};

struct ExportResult {
    std::string error;                 // one line; empty on success
    std::vector<std::string> written;  // the files written, the main one first
    std::string text;                  // a text format asked for without a path: its bytes
};

// Whether the format is text that can go to standard output (no path needed).
bool writes_text(ExportFormat format);
// Every file an export to `path` writes (the retrospective's pictures too).
std::vector<std::string> export_targets(ExportFormat format, const std::string& path);

// Writes `plan` as `format` to `path` (and the files beside it); with an empty path, a text
// format's bytes are returned in `text` instead.
ExportResult export_plan(const Plan& plan, ExportFormat format, const ExportOptions& options, const std::string& path,
                         FileSystem& fs);

}  // namespace mandalart
