#include "export/retrospective.hpp"
#include "core/path_text.hpp"

#include <filesystem>

#include "core/chart_picture.hpp"
#include "core/labels.hpp"
#include "core/trend_picture.hpp"
#include "core/text.hpp"
#include "storage/atomic_write.hpp"
#include "export/png_chart.hpp"

namespace mandalart {
namespace {

struct Words {
    const char* retrospective;  // "{title} 회고"
    const char* core;
    const char* chart_alt;
    const char* in_numbers;
    const char* overall;
    const char* last_year;
    const char* weeks_checked;
    const char* weeks_unit;
    const char* skipped;
    const char* ticks;
    const char* times_unit;
    const char* complete_actions;
    const char* longest_streak;
    const char* as_of;
    const char* by_goal;
    const char* table_header;
    const char* best_worst;
    const char* best;
    const char* worst;
    const char* milestones;
    const char* trend_alt;
    const char* notes;
    const char* skipped_mark;
    const char* reflection_goal;
    const char* reflection_year;
    const char* reflection_prompt;
    const char* generated;
};

const Words kKorean{"회고", "핵심 목표", "만다라트", "한 해를 숫자로", "전체 달성률", "작년", "기록한 주", "주",
                    "건너뛴 주", "체크 합계", "회", "100% 달성한 실천", "가장 긴 연속", "기준일",
                    "세부 목표별 결과", "| 실천 | 목표 | 한 횟수 / 기대 | 달성률 | 연속 (최장) |",
                    "잘 지킨 것과 아쉬운 것", "가장 잘 지킨 실천", "가장 아쉬운 실천", "한 번 이루는 목표", "주별 달성률 추이",
                    "주간 메모", "건너뜀",
                    "돌아보며", "한 해를 돌아보며", "여기에 한 해의 회고를 적어 보세요.",
                    "만다라트 플래너로 작성한 초안입니다."};
const Words kEnglish{"retrospective", "Core goal", "Mandalart", "The year in numbers", "Overall completion", "last year",
                     "Weeks checked in", "weeks", "skipped", "Ticks recorded", "", "Actions at 100%", "Longest streak",
                     "As of", "By sub-goal", "| Action | Target | Done / expected | Completion | Streak (longest) |",
                     "Kept and missed", "Kept best", "Missed most", "Milestones", "Weekly completion",
                     "Week notes", "skipped", "Looking back",
                     "Looking back on the year", "Write your look back on the year here.",
                     "Drafted with the Mandalart planner."};

const Words& words(Language l) { return l == Language::Korean ? kKorean : kEnglish; }

std::string amount(double v) {
    const long whole = static_cast<long>(v);
    if (static_cast<double>(whole) == v) return std::to_string(whole);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

std::string with_change(const std::optional<double>& now, const std::optional<double>& before, const Words& w) {
    std::string out = percent_text(now);
    if (const std::string diff = points_difference(now, before); !diff.empty())
        out += " (" + std::string(w.last_year) + " " + percent_text(before) + ", " + diff + ")";
    return out;
}

std::string action_name(const Plan& plan, int n, int m) {
    return plan.action(n, m).text.empty() ? format_address(CellAddress::act(n, m)) : plan.action(n, m).text;
}

void numbers_section(std::string& out, const Plan& plan, const PlanStats& stats, const Comparison& previous, Language l) {
    const Words& w = words(l);
    const YearNumbers y = year_numbers(plan, stats);
    const bool ko = l == Language::Korean;
    out += "## " + std::string(w.in_numbers) + "\n\n";
    out += "- **" + std::string(w.overall) + "**: **" + with_change(stats.overall, previous.overall(), w) + "**\n";
    out += "- " + std::string(w.weeks_checked) + ": " + std::to_string(y.weeks_checked_in) + " / " +
           weeks_count(y.weeks_counted, l);
    if (y.weeks_skipped > 0) out += " (" + std::string(w.skipped) + " " + std::to_string(y.weeks_skipped) + (ko ? "주" : "") + ")";
    out += "\n- " + std::string(w.ticks) + ": " + std::to_string(y.ticks) + w.times_unit + "\n";
    out += "- " + std::string(w.complete_actions) + ": " + std::to_string(y.actions_complete) + " / " +
           std::to_string(y.actions_tracked) + "\n";
    if (y.best_streak > 0)
        out += "- " + std::string(w.longest_streak) + ": " + weeks_count(y.best_streak, l) + " — " +
               md_inline(action_name(plan, y.best_streak_goal, y.best_streak_action)) + "\n";
    out += "- " + std::string(w.as_of) + ": " + format_date(stats.as_of) + "\n\n";
}

void goals_section(std::string& out, const Plan& plan, const PlanStats& stats, const Comparison& previous, Language l) {
    const Words& w = words(l);
    out += "## " + std::string(w.by_goal) + "\n\n";
    for (int n = 1; n <= kSubGoals; ++n) {
        const SubGoal& g = plan.goal(n);
        bool written = false;
        for (const Action& a : g.actions) written = written || !is_blank(a.text);
        if (is_blank(g.text)) continue;  // an unwritten sub-goal gets no heading (its actions are in the lists below)
        out += "### " + std::to_string(n) + ". " + md_inline(g.text) + " — " +
               with_change(stats.goal(n).completion, previous.goal(n), w) + "\n\n";
        if (written) out += std::string(w.table_header) + "\n|---|---|---:|---:|---:|\n";
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            const ActionStats& a = stats.action(n, m);
            const Action& action = plan.action(n, m);
            if (is_blank(action.text)) continue;  // unwritten: nothing owed, nothing to report
            out += "| " + md_inline(action_name(plan, n, m), true) + " | " + target_label(action.target, l) + " | ";
            if (a.tracked) out += amount(a.achieved) + " / " + amount(a.expected) + " | " + percent_text(a.completion) + " | ";
            else out += "— | — | ";
            out += a.has_streak ? std::to_string(a.streak) + " (" + std::to_string(a.longest_streak) + ")" : std::string("—");
            out += " |\n";
        }
        if (!g.reflection.empty()) out += "\n> **" + std::string(w.reflection_goal) + "**: " + md_inline(g.reflection) + "\n";
        out += "\n";
    }
}

bool is_milestone(const Plan& plan, int n, int m) { return plan.action(n, m).target.kind == TargetKind::Once; }

// The routines kept best and missed most; one-time milestones are listed apart (milestones_section).
void best_worst_section(std::string& out, const Plan& plan, const PlanStats& stats, Language l) {
    const Words& w = words(l);
    std::vector<RankedAction> routines = ranked_actions(stats);
    std::erase_if(routines, [&](const RankedAction& r) { return is_milestone(plan, r.sub_goal, r.action); });
    const BestWorst bw = best_and_worst(routines, 5);
    if (bw.best.empty()) return;
    out += "## " + std::string(w.best_worst) + "\n\n";
    const auto list = [&](const char* heading, const std::vector<RankedAction>& items) {
        out += "**" + std::string(heading) + "**\n\n";
        int i = 1;
        for (const RankedAction& r : items)
            out += std::to_string(i++) + ". " + md_inline(action_name(plan, r.sub_goal, r.action)) + " (" +
                   md_inline(plan.goal(r.sub_goal).text) + ") — " + percent_text(r.completion) + "\n";
        out += "\n";
    };
    list(w.best, bw.best);
    list(w.worst, bw.worst);
}

// Each written milestone, done (with the week) or not yet, as a task list.
void milestones_section(std::string& out, const Plan& plan, Language l) {
    std::string items;
    for (int n = 1; n <= kSubGoals; ++n)
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            if (!is_milestone(plan, n, m) || !plan.action(n, m).tracked()) continue;
            const int done = first_ticked_from(plan, n, m, plan.start_of(n, m));
            items += std::string(done != 0 ? "- [x] " : "- [ ] ") + md_inline(plan.action(n, m).text) + " (" + md_inline(plan.goal(n).text) +
                     ")" + (done != 0 ? " — " + format_week({plan.year, done}) : std::string{}) + "\n";
        }
    if (items.empty()) return;
    out += "## " + std::string(words(l).milestones) + "\n\n" + items + "\n";
}

// User text in a block quote, its line breaks kept ("  \n> " between lines).
std::string quoted_lines(const std::string& text) {
    std::string out, line;
    for (const char c : text + "\n") {
        if (c != '\n') {
            line += c;
            continue;
        }
        out += (out.empty() ? "" : "  \n> ") + md_inline(line);
        line.clear();
    }
    return out;
}

void notes_section(std::string& out, const Plan& plan, Language l) {
    const std::vector<WeekNote> notes = week_notes(plan);
    if (notes.empty()) return;
    const Words& w = words(l);
    out += "## " + std::string(w.notes) + "\n\n";
    for (const WeekNote& note : notes) {
        out += "> **" + format_week({plan.year, note.week}) + "** · " + week_range_label({plan.year, note.week}, l);
        if (note.skipped) out += " · _" + std::string(w.skipped_mark) + "_";
        out += "  \n> " + quoted_lines(note.text) + "\n\n";
    }
}

void reflection_section(std::string& out, const Plan& plan, Language l) {
    const Words& w = words(l);
    out += "## " + std::string(w.reflection_year) + "\n\n";
    if (plan.reflection.empty()) {
        out += "_" + std::string(w.reflection_prompt) + "_\n\n";
        return;
    }
    // The user's own paragraphs, kept as written (line breaks become Markdown paragraphs).
    std::string paragraph;
    for (const char c : plan.reflection + "\n") {
        if (c != '\n') {
            paragraph += c;
            continue;
        }
        if (!paragraph.empty()) out += md_inline(paragraph) + "\n\n";
        paragraph.clear();
    }
}

}  // namespace

std::string md_inline(const std::string& text, bool table_cell) {
    std::string out;
    for (const char c : text) {
        if (c == '\n') {
            out += table_cell ? "<br>" : " ";
            continue;
        }
        if (std::string_view("\\`*_[]<>|#~").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string retrospective_markdown(const Plan& plan, const PlanStats& stats, const Comparison& previous,
                                   Language l, const std::string& image, const std::string& trend_image) {
    const Words& w = words(l);
    const std::string title = plan.title.empty() ? std::to_string(plan.year) : plan.title;
    std::string out = "# " + md_inline(title) + " " + w.retrospective + "\n\n";
    if (!plan.core.empty()) out += "**" + std::string(w.core)  + "**: " + md_inline(plan.core) + "\n\n";
    if (!image.empty()) out += "![" + std::string(w.chart_alt) + " " + std::to_string(plan.year) + "](" + image + ")\n\n";
    numbers_section(out, plan, stats, previous, l);
    if (!trend_image.empty()) out += "![" + std::string(w.trend_alt) + " " + std::to_string(plan.year) + "](" + trend_image + ")\n\n";
    goals_section(out, plan, stats, previous, l);
    best_worst_section(out, plan, stats, l);
    milestones_section(out, plan, l);
    notes_section(out, plan, l);
    reflection_section(out, plan, l);
    out += "---\n\n_" + std::string(w.generated) + "_\n";
    return out;
}

std::string image_path_for(const std::string& markdown_path) {
    return path_text(file_path(markdown_path).replace_extension(".png"));
}

std::string trend_path_for(const std::string& markdown_path) {
    // Beside it, in the same words: only the file name changes (no separator is added or turned).
    const std::string name = file_name_of(markdown_path);
    return markdown_path.substr(0, markdown_path.size() - name.size()) + path_text(file_path(name).stem()) + "-trend.png";
}

std::vector<std::string> retrospective_images(const std::string& markdown_path) {
    return {image_path_for(markdown_path), trend_path_for(markdown_path)};
}

namespace {

// A relative link with the name only: the files travel together. Spaces and brackets are escaped.
std::string relative_link(const std::string& path) {
    std::string link;
    for (const char c : file_name_of(path))
        link += c == ' ' ? std::string("%20") : c == '(' ? std::string("%28") : c == ')' ? std::string("%29") : std::string(1, c);
    return link;
}

}  // namespace

std::string write_retrospective(const std::string& markdown_path, const Plan& plan, const PlanStats& stats,
                                const Comparison& previous, Language language, FileSystem& fs) {
    const std::string image = image_path_for(markdown_path), trend = trend_path_for(markdown_path);
    if (std::string error = write_chart_png(make_chart_picture(plan, &stats, kChartPngWidth), image, fs); !error.empty()) return error;
    const std::string trend_title = std::string(words(language).trend_alt) + " " + std::to_string(plan.year);
    if (std::string error = write_chart_png(make_trend_picture(plan, weekly_trend(plan, stats), trend_title, kChartPngWidth), trend, fs);
        !error.empty())
        return error;
    return atomic_write(fs, markdown_path, retrospective_markdown(plan, stats, previous, language, relative_link(image), relative_link(trend)),
                        Durability::PowerLoss, Privacy::Shared);
}

}  // namespace mandalart
