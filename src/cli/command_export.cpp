// mandalart export FILE --format md|svg|pdf|png|csv|tidy-csv|ics [-o OUT] [--progress] [--paper a4|a3]
//                       [--day mon..sun] [--time HH:MM]
//                       [--as-of D] [--lang ko|en] [--compare LAST_YEAR_FILE]
#include <cstdio>
#include <optional>
#include <ostream>
#include <utility>

#include "cli/commands_list.hpp"
#include "cli/language_choice.hpp"
#include "cli/plan_io.hpp"
#include "cli/reminder_time.hpp"
#include "storage/app_paths.hpp"
#include "storage/check_in_calendar.hpp"
#include "storage/pdf_chart.hpp"
#include "storage/grid_csv.hpp"
#include "storage/png_chart.hpp"
#include "storage/retrospective.hpp"
#include "storage/svg_chart.hpp"
#include "storage/tidy_csv.hpp"

namespace mandalart::cli {
namespace {

}  // namespace

int run_export(const Args& args, Io& io) {
    const Command& self = *find_command("export");
    std::string error;
    const std::string format = args.choice("format", error);
    const std::string paper = args.choice("paper", error);
    const std::string day = args.choice("day", error);
    const std::optional<std::pair<int, int>> time = parse_clock(args.option("time").value_or("21:00"));
    if (!time) error = "--time wants a time like 21:00, got \"" + args.option("time").value_or("") + "\"";
    const Language language = choose_language(args, error);
    if (!error.empty()) return usage_error(self, error, io);
    if (!args.option("format")) return usage_error(self, "--format is required", io);
    const std::string out = args.option("o").value_or("");
    if ((format == "md" || format == "png" || format == "pdf") && out.empty())
        return usage_error(self, "--format " + format + " writes files: give -o OUT." + format, io);
    Date as_of = io.today;
    if (const auto text = args.option("as-of")) {
        const auto parsed = parse_date(*text);
        if (!parsed) return usage_error(self, "--as-of wants a date like 2026-12-31, got \"" + *text + "\"", io);
        as_of = *parsed;
    }

    // An export never replaces a file (the image beside a retrospective included) unless asked.
    if (!out.empty()) {
        std::vector<std::string> targets{out};
        if (format == "md")
            for (const std::string& image : retrospective_images(out)) targets.push_back(image);
        for (const std::string& target : targets)
            if (output_is_plan(target, args.positionals[0], io)) return kBadInput;
        for (const std::string& target : targets)
            if (!args.has("force") && file_exists(target)) {
                io.err << "mandalart: " << target << " already exists; add --force to replace it\n";
                return kBadInput;
            }
    }

    const std::string& path = args.positionals[0];
    const auto plan = load_or_report(path, io);
    if (!plan) return kBadInput;
    std::optional<LastYear> previous;
    if (!load_previous_year(args, as_of, io, previous)) return kBadInput;
    const PlanStats stats = plan_stats(*plan, as_of);
    const PlanStats* shading = args.has("progress") ? &stats : nullptr;

    if (format == "md") {
        if (output_is_plan(out, path, io)) return kBadInput;
        if (const std::string problem = write_retrospective(out, *plan, stats, comparison_with(previous), language, io.fs); !problem.empty()) {
            io.err << problem << "\n";
            return kBadInput;
        }
        io.out << "wrote " << out << ", " << image_path_for(out) << " and " << trend_path_for(out) << "\n";
        return kOk;
    }
    if (format == "png") {
        if (output_is_plan(out, path, io)) return kBadInput;
        if (const std::string problem = write_chart_png(make_chart_picture(*plan, shading, kChartPngWidth), out, io.fs); !problem.empty()) {
            io.err << problem << "\n";
            return kBadInput;
        }
        return kOk;
    }
    if (format == "pdf") {
        const Paper page = paper == "a3" ? Paper::A3 : Paper::A4;
        if (const std::string problem = write_chart_pdf(*plan, shading, page, out, io.fs); !problem.empty()) {
            io.err << problem << "\n";
            return kBadInput;
        }
        return kOk;
    }
    std::string bytes;
    if (format == "ics") {
        ReminderOptions reminder;
        reminder.weekday = args.option("day") ? weekday_number(day) : 7;  // Sunday evening by default
        reminder.hour = time->first;
        reminder.minute = time->second;
        reminder.plan_path = absolute_path(path);
        reminder.language = language;
        reminder.stamp = utc_stamp_now();
        bytes = check_in_calendar(*plan, reminder);
    } else if (format == "svg") bytes = chart_svg(*plan, shading, paper == "a3" ? Paper::A3 : Paper::A4);
    else if (format == "csv") bytes = grid_csv(*plan);
    else bytes = tidy_csv(*plan, stats.start_week, stats.last_week);
    if (out.empty()) {
        io.out << bytes;
        return kOk;
    }
    return write_output(out, path, bytes, io);
}

}  // namespace mandalart::cli
