// mandalart status FILE [--week W | --date D] [--format text|json]
#include <ostream>

#include <nlohmann/json.hpp>

#include "cli/commands_list.hpp"
#include "cli/plan_io.hpp"
#include "cli/stats_format.hpp"
#include "cli/week_choice.hpp"
#include "core/refusal_language.hpp"
#include "cli/words.hpp"
#include "core/stats.hpp"
#include "core/text.hpp"

namespace mandalart::cli {
namespace {

std::string status_json(const Plan& plan, int week) {
    const WeekLog* log = plan.week_log(week);
    nlohmann::ordered_json out;
    out["week"] = format_week({plan.year, week});
    out["monday"] = format_date(monday_of({plan.year, week}));
    out["before_start"] = week < plan.start;
    out["skipped"] = log != nullptr && log->skipped;
    out["note"] = log != nullptr ? log->note : "";
    nlohmann::ordered_json actions = nlohmann::ordered_json::array();
    for (int n = 1; n <= kSubGoals; ++n)
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            const Action& a = plan.action(n, m);
            if (!a.tracked()) continue;
            actions.push_back({{"id", format_address(CellAddress::act(n, m))}, {"text", a.text}, {"target", format_target(a.target)},
                               {"count", plan.count(week, n, m)}});
        }
    out["actions"] = std::move(actions);
    out["completion"] = json_ratio(week_completion(plan, week));
    return out.dump(2, ' ', false) + "\n";
}

// "[x][x][ ]  2/3" for N/week, "[x]  done" for once, "1 this week, 3/4 this month" otherwise.
std::string progress_text(const Plan& plan, int week, int n, int m, Language l) {
    const Target& t = plan.action(n, m).target;
    const int count = plan.count(week, n, m);
    if (t.kind == TargetKind::PerWeek) {
        std::string boxes;
        for (int i = 0; i < std::max(t.times, count); ++i) boxes += i < count ? "[x]" : "[ ]";
        return boxes + "  " + std::to_string(count) + "/" + std::to_string(t.times);
    }
    if (t.kind == TargetKind::Once) {
        const RunningTotal total = running_total(plan, week, n, m);
        return count > 0 ? words(l, "[x]  완료", "[x]  done") : (total.done > 0 ? words(l, "[ ]  이전에 완료", "[ ]  done earlier") : "[ ]");
    }
    return week_and_total_text(plan, week, n, m, l);
}

std::string status_text(const Plan& plan, int week, Language l) {
    const WeekLog* log = plan.week_log(week);
    std::string out = (plan.title.empty() ? std::to_string(plan.year) : plan.title) + " — " + describe_week(plan.year, week) + "\n";
    const std::string start = format_week({plan.year, plan.start});
    if (week < plan.start)
        out += words(l, "계획 시작(" + start + ") 전: 기대한 것이 없습니다\n", "before the plan began (it starts in " + start + "): nothing was owed\n");
    else if (log != nullptr && log->skipped) out += words(l, "건너뜀 (주간 목표에서 빠짐)\n", "skipped (left out of the weekly expectations)\n");
    else {
        const std::string done = percent_text(week_completion(plan, week));
        out += words(l, "이번 주 주간 목표의 " + done + "\n", "this week " + done + " of the weekly targets\n");
    }
    if (log != nullptr && !log->note.empty()) {
        for (const std::string& line : wrap_to_width(log->note, 70)) out += "  > " + line + "\n";
    }
    for (int n = 1; n <= kSubGoals; ++n) {
        const auto written = [&](int m) { return !is_blank(plan.action(n, m).text); };
        bool any = false;
        for (int m = 1; m <= kActionsPerGoal; ++m) any = any || written(m);
        if (!any) continue;  // unwritten actions owe nothing and are not listed
        out += "\n" + std::to_string(n) + " " + truncate_to_width(plan.goal(n).text, 60) + "\n";
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            if (!written(m)) continue;
            const Action& a = plan.action(n, m);
            std::string line = "  " + format_address(CellAddress::act(n, m)) + "  " + pad_to_width(truncate_to_width(a.text, 26), 26) + "  " +
                               pad_to_width(format_target(a.target), 9);
            if (a.tracked() && week >= plan.start_of(n, m)) line += "  " + progress_text(plan, week, n, m, l);
            else if (a.tracked() && week >= plan.start)
                line += "  " + words(l, "시작 ", "starts ") + format_week({plan.year, plan.start_of(n, m)});
            while (!line.empty() && line.back() == ' ') line.pop_back();
            out += line + "\n";
        }
    }
    if (const std::size_t n = plan.conflicts.size(); n > 0)
        out += "\n" + words(l, "합치기 충돌 " + std::to_string(n) + "건이 선택을 기다립니다: mandalart conflicts FILE\n",
                            std::to_string(n) + (n == 1 ? " merge conflict waits" : " merge conflicts wait") +
                                " for a choice: mandalart conflicts FILE\n");
    return out;
}

}  // namespace

int run_status(const Args& args, Io& io) {
    const Command& self = *find_command("status");
    std::string error;
    const std::string format = args.choice("format", error);
    if (!error.empty()) return usage_error(self, error, io);
    if (const std::string error = week_args_error(args); !error.empty()) return usage_error(self, error, io);
    const auto plan = load_or_report(args.positionals[0], io);
    if (!plan) return kBadInput;
    const WeekChoice choice = choose_week(args, *plan, io.today);
    if (!choice.error.empty()) {
        io.err << "mandalart: " << in_language(choice.error, io.language) << "\n";
        return kBadInput;
    }
    io.out << (format == "json" ? status_json(*plan, choice.week) : status_text(*plan, choice.week, io.language));
    return kOk;
}

}  // namespace mandalart::cli
