// mandalart set FILE CELL TEXT, mandalart target FILE N.M TARGET and mandalart start FILE WEEK
#include <ostream>

#include "cli/commands_list.hpp"
#include "cli/plan_io.hpp"

namespace mandalart::cli {

int run_set(const Args& args, Io& io) {
    if (args.positionals[1] == "title") return edit_file(args.positionals[0], SetTitle{args.positionals[2]}, io);
    const auto cell = parse_address(args.positionals[1]);
    if (!cell) {
        io.err << "mandalart: no cell \"" << args.positionals[1] << "\"; use title, core, N or N.M with N and M from 1 to 8\n";
        return kBadInput;
    }
    return edit_file(args.positionals[0], SetText{*cell, args.positionals[2]}, io);
}

int run_target(const Args& args, Io& io) {
    const auto cell = parse_address(args.positionals[1]);
    if (!cell || cell->kind != CellKind::Action) {
        io.err << "mandalart: targets belong to actions; use N.M with N and M from 1 to 8, got \""
               << args.positionals[1] << "\"\n";
        return kBadInput;
    }
    const TargetParse target = parse_target(args.positionals[2]);
    if (!target.target) {
        io.err << "mandalart: " << target.error << "\n";
        return kBadInput;
    }
    return edit_file(args.positionals[0], SetTarget{cell->sub_goal, cell->action, *target.target}, io);
}

int run_start(const Args& args, Io& io) {
    const std::string& text = args.positionals[1];
    const auto week = parse_week(text);
    if (!week) {
        io.err << "mandalart: the start is an ISO week like 2026-W27 (that exists in its year), got \"" << text << "\"\n";
        return kBadInput;
    }
    const auto make = [&](const Plan& plan, std::vector<Edit>& edits) -> std::string {
        if (week->year != plan.year)
            return text + " is not in this plan's year " + std::to_string(plan.year) + " (" + format_week({plan.year, 1}) + ".." +
                   format_week({plan.year, weeks_in_iso_year(plan.year)}) + ")";
        edits.push_back(SetStart{week->week});
        return {};
    };
    const auto done = [&](const Plan& plan) {
        io.out << "the plan starts in " << format_week({plan.year, plan.start}) << " (Monday "
               << format_date(monday_of({plan.year, plan.start})) << "); nothing is owed before it\n";
    };
    return edit_file(args.positionals[0], make, io, done);
}

}  // namespace mandalart::cli
