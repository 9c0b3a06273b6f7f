// export_plan: the one way every export is written, from the command line and from the editor.
#include <catch2/catch.hpp>

#include <cerrno>

#include "../storage/faulty_file_system.hpp"
#include "core/example_plan.hpp"
#include "export/export_plan.hpp"
#include "export/pdf_chart.hpp"
#include "export/retrospective.hpp"
#include "export/tidy_csv.hpp"
#include "storage/app_paths.hpp"
#include "storage/grid_csv.hpp"
#include "storage/read_file.hpp"
#include "temp_folder.hpp"

using namespace mandalart;
using mandalart::testing::FaultyFileSystem;
using mandalart::testing::TempFolder;

namespace {

constexpr ExportFormat kEvery[] = {ExportFormat::Markdown, ExportFormat::Png,     ExportFormat::Pdf,     ExportFormat::Svg,
                                   ExportFormat::GridCsv,  ExportFormat::TidyCsv, ExportFormat::Calendar};

struct Exported {
    Plan plan = make_example_plan(2026);
    PlanStats stats = plan_stats(plan, Date{2026, 6, 30});
    ExportOptions options() const {
        ExportOptions o;
        o.stats = &stats;
        o.progress = true;
        return o;
    }
};

}  // namespace

TEST_CASE("every export is written through the given file system: a failing disk gets an error line and no file") {
    Exported e;
    TempFolder dir;
    FaultyFileSystem failing(SaveStep::Rename, EROFS);
    for (const ExportFormat format : kEvery) {
        const std::string out = dir.file("export-" + std::to_string(static_cast<int>(format)));
        const ExportResult result = export_plan(e.plan, format, e.options(), out, failing);
        INFO(static_cast<int>(format) << ": " << result.error);
        if (format == ExportFormat::Pdf && !pdf_in_this_build()) CHECK(result.error == pdf_not_in_build());
        else CHECK(result.error.find("Read-only file system") != std::string::npos);
        CHECK(result.written.empty());
        for (const std::string& target : export_targets(format, out)) CHECK_FALSE(file_exists(target));
    }
}

TEST_CASE("every export writes the files it names, the retrospective's pictures beside it") {
    Exported e;
    TempFolder dir;
    for (const ExportFormat format : kEvery) {
        const std::string out = dir.file("plan-" + std::to_string(static_cast<int>(format)) + ".out");
        const ExportResult result = export_plan(e.plan, format, e.options(), out, real_file_system());
        INFO(static_cast<int>(format) << ": " << result.error);
        if (format == ExportFormat::Pdf && !pdf_in_this_build()) {  // the Windows build: says so, writes nothing
            CHECK(result.error == pdf_not_in_build());
            CHECK(result.written.empty());
            CHECK_FALSE(file_exists(out));
            continue;
        }
        REQUIRE(result.error.empty());
        CHECK(result.written == export_targets(format, out));
        for (const std::string& file : result.written) CHECK(file_exists(file));
    }
    CHECK(export_targets(ExportFormat::Markdown, "/x/회고.md") == std::vector<std::string>{"/x/회고.md", "/x/회고.png", "/x/회고-trend.png"});
}

TEST_CASE("a text format without a path comes back as its bytes, the same the writers make; a picture needs a path") {
    Exported e;
    TempFolder dir;
    const ExportResult grid = export_plan(e.plan, ExportFormat::GridCsv, e.options(), "", real_file_system());
    CHECK(grid.error.empty());
    CHECK(grid.text == grid_csv(e.plan));
    CHECK(grid.written.empty());
    const ExportResult tidy = export_plan(e.plan, ExportFormat::TidyCsv, e.options(), "", real_file_system());
    CHECK(tidy.text == tidy_csv(e.plan, e.stats.start_week, e.stats.last_week));
    const std::string out = dir.file("grid.csv");
    REQUIRE(export_plan(e.plan, ExportFormat::GridCsv, e.options(), out, real_file_system()).error.empty());
    CHECK(read_file(out).bytes == grid.text);

    for (const ExportFormat picture : {ExportFormat::Markdown, ExportFormat::Png, ExportFormat::Pdf}) {
        CHECK_FALSE(writes_text(picture));
        CHECK_FALSE(export_plan(e.plan, picture, e.options(), "", real_file_system()).error.empty());
    }
    ExportOptions no_figures;
    CHECK_FALSE(export_plan(e.plan, ExportFormat::Svg, no_figures, dir.file("x.svg"), real_file_system()).error.empty());
    CHECK_FALSE(file_exists(dir.file("x.svg")));
}
