// mandalart new FILE [--year Y] [--title T] [--example]
#include <ostream>

#include "cli/commands_list.hpp"
#include "cli/language_choice.hpp"
#include "cli/year_option.hpp"
#include "core/example_plan.hpp"
#include "core/labels.hpp"
#include "core/stats.hpp"
#include "storage/app_paths.hpp"
#include "storage/plan_file.hpp"

namespace mandalart::cli {
int run_new(const Args& args, Io& io) {
    const std::string& path = args.positionals[0];
    const auto chosen = year_option(args, io.today.year, io);
    if (!chosen) return kBadInput;
    const int year = *chosen;
    if (args.has("simulate") && !args.has("example")) {
        io.err << "mandalart: --simulate goes with --example\n";
        return kUsage;
    }
    Plan plan = args.has("example") ? make_example_plan(year) : make_blank_plan(year);
    if (!args.has("example")) {  // an example shows a whole year from W01
        plan.start = start_week_for(year, io.today);
        std::string unused;
        plan.title = default_title(year, choose_language(args, unused));
    }
    if (args.has("simulate")) simulate_check_ins(plan, weeks_started(year, io.today));
    if (const auto title = args.option("title")) {
        if (const std::string problem = check_text(*title, kMaxCellText); !problem.empty()) {
            io.err << "mandalart: --title: " << problem << "\n";
            return kBadInput;
        }
        plan.title = *title;
    }
    if (file_exists(path)) {
        io.err << path << ": already exists; not overwriting it\n";
        return kBadInput;
    }
    if (const std::string error = save_plan_file(path, plan, io.fs); !error.empty()) {
        io.err << error << "\n";
        return kBadInput;
    }
    return kOk;
}

}  // namespace mandalart::cli
