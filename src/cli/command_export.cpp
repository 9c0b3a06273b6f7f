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
#include "export/export_plan.hpp"
#include "export/retrospective.hpp"
#include "storage/app_paths.hpp"

namespace mandalart::cli {
namespace {

ExportFormat format_named(const std::string& name) {
    if (name == "md") return ExportFormat::Markdown;
    if (name == "png") return ExportFormat::Png;
    if (name == "pdf") return ExportFormat::Pdf;
    if (name == "svg") return ExportFormat::Svg;
    if (name == "csv") return ExportFormat::GridCsv;
    if (name == "ics") return ExportFormat::Calendar;
    return ExportFormat::TidyCsv;
}

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

    // An export never replaces a file (the pictures beside a retrospective included) unless asked.
    const ExportFormat kind = format_named(format);
    if (!out.empty()) {
        const std::vector<std::string> targets = export_targets(kind, out);
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

    ExportOptions options;
    options.stats = &stats;
    options.progress = args.has("progress");
    options.paper = paper == "a3" ? Paper::A3 : Paper::A4;
    options.language = language;
    options.previous = comparison_with(previous);
    options.reminder.weekday = args.option("day") ? weekday_number(day) : 7;  // Sunday evening by default
    options.reminder.hour = time->first;
    options.reminder.minute = time->second;
    options.reminder.plan_path = absolute_path(path);
    options.reminder.language = language;
    options.reminder.stamp = utc_stamp_now();
    const ExportResult result = export_plan(*plan, kind, options, out, io.fs);
    if (!result.error.empty()) {
        io.err << result.error << "\n";
        return kBadInput;
    }
    if (out.empty()) io.out << result.text;
    else if (kind == ExportFormat::Markdown)
        io.out << "wrote " << out << ", " << image_path_for(out) << " and " << trend_path_for(out) << "\n";
    return kOk;
}

}  // namespace mandalart::cli
