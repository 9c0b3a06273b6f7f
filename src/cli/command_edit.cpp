// mandalart set FILE CELL TEXT, mandalart target FILE ACTION TARGET and mandalart start FILE [ACTION] WEEK
#include <ostream>

#include "cli/action_name.hpp"
#include "cli/commands_list.hpp"
#include "cli/words.hpp"
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
    const TargetParse target = parse_target(args.positionals[2]);
    if (!target.target) {
        io.err << "mandalart: " << target.error << "\n";
        return kBadInput;
    }
    return edit_file(args.positionals[0], [&](const Plan& plan, std::vector<Edit>& edits) {
        const ActionName found = find_action(plan, args.positionals[1]);
        if (!found.cell) return found.error;
        edits.push_back(SetTarget{found.cell->sub_goal, found.cell->action, *target.target});
        return std::string{};
    }, io);
}

// mandalart start FILE WEEK: the plan's start. mandalart start FILE ACTION WEEK: the action's.
int run_start(const Args& args, Io& io) {
    const bool for_action = args.positionals.size() == 3;
    const std::string& text = args.positionals.back();
    const auto week = parse_week(text);
    if (!week) {
        io.err << "mandalart: the start is an ISO week like 2026-W27 (that exists in its year), got \"" << text << "\"\n";
        return kBadInput;
    }
    std::optional<CellAddress> cell;
    const auto make = [&](const Plan& plan, std::vector<Edit>& edits) -> std::string {
        if (week->year != plan.year)
            return text + " is not in this plan's year " + std::to_string(plan.year) + " (" + format_week({plan.year, 1}) + ".." +
                   format_week({plan.year, weeks_in_iso_year(plan.year)}) + ")";
        if (!for_action) {
            edits.push_back(SetStart{week->week});
            return {};
        }
        const ActionName found = find_action(plan, args.positionals[1]);
        if (!found.cell) return found.error;
        cell = found.cell;
        if (std::string refused = check_action_start(plan, cell->sub_goal, cell->action, week->week, io.today); !refused.empty())
            return refused;
        edits.push_back(SetActionStart{cell->sub_goal, cell->action, week->week});
        return {};
    };
    const auto done = [&](const Plan& plan) {
        const Language l = io.language;
        if (cell) {
            const int start = plan.start_of(cell->sub_goal, cell->action);
            const std::string name = format_address(*cell) + " " + plan.text_at(*cell), week = format_week({plan.year, start});
            io.out << words(l, "실천 " + name + "은(는) " + week + (start == plan.start ? "(계획 시작)" : "") + "부터 계산합니다. 그 전에는 기대하지 않습니다",
                            "action " + name + " counts from " + week + (start == plan.start ? ", the plan's start" : "") +
                                "; nothing is owed before it")
                   << "\n";
            return;
        }
        const std::string week = format_week({plan.year, plan.start}), monday = format_date(monday_of({plan.year, plan.start}));
        io.out << words(l, "계획은 " + week + "(" + monday + " 월요일)에 시작합니다. 그 전에는 기대하지 않습니다",
                        "the plan starts in " + week + " (Monday " + monday + "); nothing is owed before it")
               << "\n";
    };
    return edit_file(args.positionals[0], make, io, done);
}

}  // namespace mandalart::cli
