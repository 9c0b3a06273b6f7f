// mandalart next FILE -o NEXT [--carry all|unfinished|empty] [--default-colours]
#include <ostream>

#include "cli/commands_list.hpp"
#include "cli/plan_io.hpp"
#include "core/next_year.hpp"
#include "storage/app_paths.hpp"
#include "storage/plan_file.hpp"

namespace mandalart::cli {

int run_next(const Args& args, Io& io) {
    const Command& self = *find_command("next");
    std::string error;
    const std::string carry = args.choice("carry", error);
    if (!error.empty()) return usage_error(self, error, io);
    const auto out = args.option("o");
    if (!out) return usage_error(self, "give the new plan's file with -o NEXT", io);
    const auto plan = load_or_report(args.positionals[0], io);
    if (!plan) return kBadInput;
    if (const std::string problem = check_year(plan->year + 1); !problem.empty()) {
        io.err << "mandalart: " << problem << "\n";
        return kBadInput;
    }
    if (file_exists(*out)) {
        io.err << *out << ": already exists; not overwriting it\n";
        return kBadInput;
    }
    const PlanStats stats = plan_stats(*plan, io.today);
    const Carry how = carry == "unfinished" ? Carry::Unfinished : carry == "empty" ? Carry::Empty : Carry::All;
    Plan next = next_year_plan(*plan, stats, how, !args.has("default-colours"));
    next.start = start_week_for(next.year, io.today);
    if (const std::string problem = save_plan_file(*out, next, io.fs); !problem.empty()) {
        io.err << problem << "\n";
        return kBadInput;
    }
    int carried = 0;
    for (const SubGoal& g : next.sub_goals)
        for (const Action& a : g.actions) carried += a.text.empty() ? 0 : 1;
    io.out << "wrote " << *out << ": " << next.year << ", " << carried << " actions carried over\n";
    return kOk;
}

}  // namespace mandalart::cli
