#include "export/export_plan.hpp"

#include "core/chart_picture.hpp"
#include "export/pdf_chart.hpp"
#include "export/png_chart.hpp"
#include "export/retrospective.hpp"
#include "export/tidy_csv.hpp"
#include "storage/atomic_write.hpp"
#include "storage/grid_csv.hpp"

namespace mandalart {
namespace {

std::string text_of(const Plan& plan, ExportFormat format, const ExportOptions& options) {
    const PlanStats* shading = options.progress ? options.stats : nullptr;
    switch (format) {
        case ExportFormat::Svg: return chart_svg(plan, shading, options.paper);
        case ExportFormat::GridCsv: return grid_csv(plan);
        case ExportFormat::TidyCsv: return tidy_csv(plan, options.stats->start_week, options.stats->last_week);
        case ExportFormat::Calendar: return check_in_calendar(plan, options.reminder);
        default: return {};
    }
}

std::string write_file(const Plan& plan, ExportFormat format, const ExportOptions& options, const std::string& path,
                       FileSystem& fs) {
    const PlanStats* shading = options.progress ? options.stats : nullptr;
    switch (format) {
        case ExportFormat::Markdown:
            return write_retrospective(path, plan, *options.stats, options.previous, options.language, fs);
        case ExportFormat::Png: return write_chart_png(make_chart_picture(plan, shading, kChartPngWidth), path, fs);
        case ExportFormat::Pdf: return write_chart_pdf(plan, shading, options.paper, path, fs);
        default:
            // Text for other programs (spreadsheets, calendars): readable by others, kept through a power loss.
            return atomic_write(fs, path, text_of(plan, format, options), Durability::PowerLoss, Privacy::Shared);
    }
}

}  // namespace

bool writes_text(ExportFormat format) {
    return format != ExportFormat::Markdown && format != ExportFormat::Png && format != ExportFormat::Pdf;
}

std::vector<std::string> export_targets(ExportFormat format, const std::string& path) {
    std::vector<std::string> targets{path};
    if (format == ExportFormat::Markdown)
        for (const std::string& image : retrospective_images(path)) targets.push_back(image);
    return targets;
}

ExportResult export_plan(const Plan& plan, ExportFormat format, const ExportOptions& options, const std::string& path,
                         FileSystem& fs) {
    ExportResult result;
    if (options.stats == nullptr) {
        result.error = "export: no figures to export with";
        return result;
    }
    if (path.empty()) {
        if (writes_text(format)) result.text = text_of(plan, format, options);
        else result.error = "export: this format writes a file: give a path";
        return result;
    }
    result.error = write_file(plan, format, options, path, fs);
    if (result.error.empty()) result.written = export_targets(format, path);
    return result;
}

}  // namespace mandalart
