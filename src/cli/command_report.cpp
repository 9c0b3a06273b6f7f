// mandalart report FILE [--as-of D] [--format text|json]
#include <ostream>

#include <nlohmann/json.hpp>

#include "cli/commands_list.hpp"
#include "cli/plan_io.hpp"
#include "cli/stats_format.hpp"
#include "cli/words.hpp"
#include "core/review.hpp"
#include "core/text.hpp"

namespace mandalart::cli {
namespace {

nlohmann::ordered_json streak_json(const ActionStats& a, int value) {
    if (!a.has_streak) return nullptr;
    return value;
}

std::string report_json(const Plan& plan, const PlanStats& stats, const Comparison& previous) {
    nlohmann::ordered_json out;
    out["as_of"] = format_date(stats.as_of);
    out["year"] = plan.year;
    out["start"] = format_week({plan.year, plan.start});
    out["weeks_counted"] = stats.weeks_counted;
    out["overall"] = json_ratio(stats.overall);
    if (previous.available())
        out["previous"] = {{"year", previous.previous->year}, {"overall", json_ratio(previous.overall())}};
    nlohmann::ordered_json goals = nlohmann::ordered_json::array();
    for (int n = 1; n <= kSubGoals; ++n) {
        nlohmann::ordered_json goal;
        goal["id"] = n;
        goal["text"] = plan.goal(n).text;
        goal["completion"] = json_ratio(stats.goal(n).completion);
        if (previous.available()) goal["previous_completion"] = json_ratio(previous.goal(n));
        nlohmann::ordered_json actions = nlohmann::ordered_json::array();
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            const ActionStats& a = stats.action(n, m);
            nlohmann::ordered_json action;
            action["id"] = format_address(CellAddress::act(n, m));
            action["text"] = plan.action(n, m).text;
            action["target"] = format_target(plan.action(n, m).target);
            action["tracked"] = a.tracked;
            action["achieved"] = a.tracked ? json_amount(a.achieved) : nullptr;
            action["expected"] = a.tracked ? json_amount(a.expected) : nullptr;
            action["completion"] = json_ratio(a.completion);
            action["streak"] = streak_json(a, a.streak);
            action["longest_streak"] = streak_json(a, a.longest_streak);
            if (previous.available()) action["previous_completion"] = json_ratio(previous.action(plan, n, m));
            actions.push_back(std::move(action));
        }
        goal["actions"] = std::move(actions);
        goals.push_back(std::move(goal));
    }
    out["sub_goals"] = std::move(goals);
    return out.dump(2, ' ', false) + "\n";
}

constexpr int kTextColumns = 26;

// " (last year 55%, +7%p)" when last year is known.
std::string versus(const Comparison& previous, const std::optional<double>& now, const std::optional<double>& before, Language l) {
    if (!previous.available() || !before) return {};
    return words(l, " (작년 ", " (last year ") + percent_text(before) + ", " + points_difference(now, before) + ")";
}

std::string report_text(const Plan& plan, const PlanStats& stats, const Comparison& previous, Language l) {
    const std::string counted = std::to_string(stats.weeks_counted), total = std::to_string(weeks_in_iso_year(plan.year) - plan.start + 1);
    const std::string start = format_week({plan.year, plan.start});
    std::string out = (plan.title.empty() ? std::to_string(plan.year) : plan.title) + " — " +
                      words(l, format_date(stats.as_of) + " 기준 (" + total + "주 중 " + counted + "주" + (plan.start > 1 ? ", 시작 " + start : std::string{}) + ")",
                            "as of " + format_date(stats.as_of) + " (" + counted + " of " + total + " weeks" +
                                (plan.start > 1 ? " from the start, " + start : std::string{}) + ")") +
                      "\n";
    out += words(l, "전체 ", "overall ") + percent_text(stats.overall) + versus(previous, stats.overall, previous.overall(), l) + "\n";
    const std::string header = "       " + pad_to_width("", kTextColumns) + "  " + pad_to_width(words(l, "목표", "target"), 9) + "  " +
                               pad_to_width(words(l, "한 횟수/기대", "done/expected"), 14) + "  " + pad_to_width("", 5) + "  " +
                               words(l, "연속 (최장)", "streak (longest)");
    out += "\n" + header + "\n";
    for (int n = 1; n <= kSubGoals; ++n) {
        const auto written = [&](int m) { return !is_blank(plan.action(n, m).text); };
        bool any = !is_blank(plan.goal(n).text);
        for (int m = 1; m <= kActionsPerGoal; ++m) any = any || written(m);
        if (!any) continue;  // an unwritten block: nothing to report (the JSON still lists it)
        out += "\n" + std::to_string(n) + "  " + pad_to_width(truncate_to_width(plan.goal(n).text, kTextColumns + 4), kTextColumns + 4) +
               "  " + pad_to_width("", 9) + "  " + pad_to_width("", 14) + "  " + percent_text(stats.goal(n).completion) +
               versus(previous, stats.goal(n).completion, previous.goal(n), l) + "\n";
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            if (!written(m)) continue;
            const ActionStats& a = stats.action(n, m);
            const Action& action = plan.action(n, m);
            std::string line = "  " + format_address(CellAddress::act(n, m)) + "  " +
                               pad_to_width(truncate_to_width(action.text, kTextColumns), kTextColumns) + "  " +
                               pad_to_width(format_target(action.target), 9) + "  ";
            if (a.tracked) {
                line += pad_to_width(amount_text(a.achieved) + " / " + amount_text(a.expected), 14) + "  " +
                        pad_to_width(percent_text(a.completion), 5);
                if (a.has_streak)
                    line += "  " + std::to_string(a.streak) + " (" + std::to_string(a.longest_streak) + ")";
            }
            while (!line.empty() && line.back() == ' ') line.pop_back();
            out += line + "\n";
        }
    }
    return out;
}

}  // namespace

int run_report(const Args& args, Io& io) {
    const Command& self = *find_command("report");
    std::string error;
    const std::string format = args.choice("format", error);
    if (!error.empty()) return usage_error(self, error, io);
    Date as_of = io.today;
    if (const auto text = args.option("as-of")) {
        const auto parsed = parse_date(*text);
        if (!parsed) return usage_error(self, "--as-of wants a date like 2026-12-31, got \"" + *text + "\"", io);
        as_of = *parsed;
    }
    const auto plan = load_or_report(args.positionals[0], io);
    if (!plan) return kBadInput;
    std::optional<LastYear> last_year;
    if (!load_previous_year(args, as_of, io, last_year)) return kBadInput;
    const Comparison previous = comparison_with(last_year);
    const PlanStats stats = plan_stats(*plan, as_of);
    io.out << (format == "json" ? report_json(*plan, stats, previous) : report_text(*plan, stats, previous, io.language));
    return kOk;
}

}  // namespace mandalart::cli
