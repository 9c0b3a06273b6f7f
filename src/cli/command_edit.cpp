// mandalart set FILE CELL TEXT and mandalart target FILE N.M TARGET
#include <ostream>

#include "cli/commands_list.hpp"
#include "cli/plan_io.hpp"

namespace mandalart::cli {

int run_set(const Args& args, Io& io) {
    const auto cell = parse_address(args.positionals[1]);
    if (!cell) {
        io.err << "mandalart: no cell \"" << args.positionals[1] << "\"; use core, N or N.M with N and M from 1 to 8\n";
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

}  // namespace mandalart::cli
