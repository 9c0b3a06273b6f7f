// mandalart check [FILE] [ACTION...] [--week W | --date D] [--count K | --add K | --undo] [--note TEXT] [--skip | --unskip]
#include <algorithm>
#include <charconv>
#include <ostream>

#include "cli/action_name.hpp"
#include "cli/commands_list.hpp"
#include "cli/plan_io.hpp"
#include "cli/stats_format.hpp"
#include "cli/week_choice.hpp"
#include "cli/words.hpp"
#include "core/stats.hpp"

namespace mandalart::cli {
namespace {

std::optional<int> parse_int(const std::string& text) {
    int value = 0;
    const char* begin = text.data() + (text.size() > 1 && text[0] == '+' ? 1 : 0);
    const auto [end, ec] = std::from_chars(begin, text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

struct CountChange {
    enum Kind { Add, Set } kind = Add;
    int amount = 1;  // the default: +1
    bool undo = false;
};

std::string action_line(const Plan& plan, int week, int n, int m, Language l) {
    const Action& a = plan.action(n, m);
    const int count = plan.count(week, n, m);
    std::string line = format_week({plan.year, week}) + "  " + format_address(CellAddress::act(n, m)) +
                       (a.text.empty() ? "" : " " + a.text) + ": ";
    const std::string week_count = std::to_string(count) + "/" + std::to_string(a.target.times);
    switch (a.target.kind) {
        case TargetKind::Once: return line + (count > 0 ? words(l, "완료 (한 번)", "done (once)") : words(l, "미완료 (한 번)", "not done (once)"));
        case TargetKind::PerWeek: return line + words(l, "이번 주 " + week_count, week_count + " this week");
        case TargetKind::PerMonth:
        case TargetKind::PerYear: return line + week_and_total_text(plan, week, n, m, l);
        case TargetKind::None: break;
    }
    return line;
}

}  // namespace

int run_check(const Args& args, Io& io) {
    const Command& self = *find_command("check");
    if (const std::string error = week_args_error(args); !error.empty()) return usage_error(self, error, io);
    const int count_options = args.option("count").has_value() + args.option("add").has_value() + args.has("undo");
    if (count_options > 1) return usage_error(self, "use one of --count, --add and --undo", io);
    if (args.has("skip") && args.has("unskip")) return usage_error(self, "use --skip or --unskip, not both", io);
    const std::vector<std::string> names(args.positionals.begin() + 1, args.positionals.end());
    const bool week_change = args.option("note") || args.has("skip") || args.has("unskip");
    if (names.empty() && count_options > 0) return usage_error(self, "--count, --add and --undo need an action N.M", io);
    if (names.empty() && !week_change)
        return usage_error(self, "nothing to record: name an action N.M, or give --note, --skip or --unskip", io);

    CountChange change;
    if (const auto text = args.option("count").value_or(args.option("add").value_or("")); !text.empty()) {
        const auto value = parse_int(text);
        if (!value) return usage_error(self, "--count and --add want a whole number, got \"" + text + "\"", io);
        change.kind = args.option("count") ? CountChange::Set : CountChange::Add;
        change.amount = *value;
    }
    if (args.has("undo")) {
        change.amount = -1;
        change.undo = true;
    }

    int week = 0;
    std::vector<CellAddress> cells;
    const auto make = [&](const Plan& plan, std::vector<Edit>& edits) -> std::string {
        const WeekChoice choice = choose_week(args, plan, io.today);
        if (!choice.error.empty()) return choice.error;
        week = choice.week;
        if (week < plan.start)
            return format_week({plan.year, week}) + " is before the plan began (" + format_week({plan.year, plan.start}) +
                   "); to start the plan that week: mandalart start " + args.positionals[0] + " " + format_week({plan.year, week});
        cells.clear();
        for (const std::string& name : names) {
            const ActionName found = find_action(plan, name);
            if (!found.cell) return found.error;
            if (std::find(cells.begin(), cells.end(), *found.cell) != cells.end())
                return format_address(*found.cell) + " is named twice";
            cells.push_back(*found.cell);
        }
        if (!cells.empty())
            if (const std::string future = check_tick_week(plan, week, io.today); !future.empty()) return future;
        for (const CellAddress& cell : cells) {
            const int n = cell.sub_goal, m = cell.action;
            const int current = plan.count(week, n, m);
            const std::string name = format_address(cell);
            if (change.undo && current == 0)
                return name + " has nothing recorded in " + format_week({plan.year, week}) + " to undo";
            const Target& target = plan.action(n, m).target;
            if (target.kind == TargetKind::Once && change.kind == CountChange::Add && change.amount == 1 && current == 1)
                return name + " (once) is already done in " + format_week({plan.year, week});
            const int count = change.kind == CountChange::Set ? change.amount : current + change.amount;
            edits.push_back(SetCount{week, n, m, count});
        }
        if (const auto note = args.option("note")) edits.push_back(SetWeekNote{week, *note});
        if (args.has("skip") || args.has("unskip")) edits.push_back(SetSkipped{week, args.has("skip")});
        return {};
    };
    const auto done = [&](const Plan& plan) {
        const Language l = io.language;
        for (const CellAddress& cell : cells) io.out << action_line(plan, week, cell.sub_goal, cell.action, l) << "\n";
        const std::string key = format_week({plan.year, week});
        if (const auto note = args.option("note"))
            io.out << key << "  " << (note->empty() ? words(l, "메모를 지웠습니다", "note cleared") : words(l, "메모를 저장했습니다", "note saved")) << "\n";
        if (args.has("skip")) io.out << key << "  " << words(l, "건너뜀: 주간 목표에서 빠집니다", "skipped: left out of the weekly expectations") << "\n";
        if (args.has("unskip")) io.out << key << "  " << words(l, "건너뜀을 되돌렸습니다", "no longer skipped") << "\n";
    };
    return edit_file(args.positionals[0], make, io, done);
}

}  // namespace mandalart::cli
