#include "ui/review_view.hpp"

#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "core/labels.hpp"
#include "core/text.hpp"
#include "ui/keys.hpp"
#include "ui/strings.hpp"
#include "ui/text_fit.hpp"
#include "ui/theme.hpp"

namespace mandalart::ui {
namespace {

constexpr std::size_t kMarked = 3;  // best and worst actions marked

std::string format(const char* pattern, int a, const std::string& b) {
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, pattern, a, b.c_str());
    return buffer;
}

// A section heading: bold, with a little room above.
void heading(const ViewContext& ctx, Str key) {
    ImGui::Dummy(ImVec2(0, 8.0f * ctx.scale));
    ImGui::PushFont(ctx.fonts.chart_bold, kUiFontPx * 1.12f);
    ImGui::TextUnformatted(tr(key, ctx.language));
    ImGui::PopFont();
    ImGui::Separator();
}

// One labelled bar row: label (clipped), bar, percent and an optional note on the right.
void bar_row(const ViewContext& ctx, const std::string& label, std::optional<double> value, ImU32 colour,
             const std::string& right, float width, const char* badge, ImU32 badge_colour) {
    const float s = ctx.scale;
    const float h = ImGui::GetTextLineHeight() + 6.0f * s;
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImDrawList& list = *ImGui::GetWindowDrawList();
    const ChartPalette& p = chart_palette(ctx.theme);
    // The right side makes room for a badge and its note (the bar gives way, down to half the row):
    // "연속 0주 (최장 5주)" beside 최저 is never cut; what still does not fit ends in "…".
    const float percent_w = ImGui::CalcTextSize("100%").x + 16.0f * s;
    const float badge_w = badge != nullptr ? ImGui::CalcTextSize(badge).x + 16.0f * s : 0.0f;
    const float needed = percent_w + badge_w + ImGui::CalcTextSize(right.c_str()).x + 4.0f * s;
    const float label_w = width * 0.34f, right_w = std::clamp(needed, width * 0.32f, width * 0.5f);
    const float text_y = min.y + 3.0f * s;
    const std::string shown = fit_line(*ImGui::GetFont(), ImGui::GetFontSize(), label, label_w - 6.0f * s);
    list.AddText(ImVec2(min.x, text_y), ImGui::GetColorU32(ImGuiCol_Text), shown.c_str());
    const float bar_x = min.x + label_w, bar_w = width - label_w - right_w;
    const float mid = min.y + h * 0.5f;
    if (value)  // nothing owed (a mindset item, or nothing expected yet): no bar
        draw_bar(list, ImVec2(bar_x, mid - 5.0f * s), ImVec2(bar_x + bar_w, mid + 5.0f * s), *value, with_alpha(p.cell_text, 28), colour);
    const std::string percent = percent_text(value);
    list.AddText(ImVec2(bar_x + bar_w + 8.0f * s, text_y), ImGui::GetColorU32(ImGuiCol_Text), percent.c_str());
    float x = bar_x + bar_w + 8.0f * s + ImGui::CalcTextSize("100%").x + 8.0f * s;
    if (badge != nullptr) {
        const ImVec2 size = ImGui::CalcTextSize(badge);
        list.AddRectFilled(ImVec2(x, min.y + 2.0f * s), ImVec2(x + size.x + 10.0f * s, min.y + h - 2.0f * s), badge_colour, 4.0f * s);
        list.AddText(ImVec2(x + 5.0f * s, text_y), IM_COL32(255, 255, 255, 255), badge);
        x += size.x + 16.0f * s;
    }
    const std::string right_shown = fit_line(*ImGui::GetFont(), ImGui::GetFontSize(), right, std::max(0.0f, min.x + width - x));
    list.AddText(ImVec2(x, text_y), ImGui::GetColorU32(ImGuiCol_TextDisabled), right_shown.c_str());
    ImGui::Dummy(ImVec2(width, h));
    if (ImGui::IsItemHovered() && !label.empty()) ImGui::SetTooltip("%s  %s  %s", label.c_str(), percent.c_str(), right.c_str());
}

const char* badge_text(Badge badge, Language l) {
    return badge == Badge::Best ? tr(Str::ReviewBest, l) : badge == Badge::Worst ? tr(Str::ReviewWorst, l) : nullptr;
}
ImU32 badge_colour_of(Badge badge) { return badge == Badge::Best ? IM_COL32(46, 139, 87, 255) : IM_COL32(200, 80, 80, 255); }

// A figure card: a big number with a caption (and a smaller line under it).
void card(const ViewContext& ctx, const char* id, const char* caption, const std::string& value, const std::string& detail,
          float width) {
    const float s = ctx.scale;
    const ChartPalette& p = chart_palette(ctx.theme);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(p.cell));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 8.0f * s);
    ImGui::BeginChild(id, ImVec2(width, 92.0f * s), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::SetCursorPos(ImVec2(12.0f * s, 8.0f * s));
    ImGui::TextDisabled("%s", caption);
    ImGui::SetCursorPosX(12.0f * s);
    ImGui::PushFont(ctx.fonts.chart_bold, kChartFontPx);
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopFont();
    ImGui::SetCursorPosX(12.0f * s);
    ImGui::TextDisabled("%s", detail.c_str());
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

}  // namespace

std::string ReviewView::action_label(const Plan& plan, int n, int m) {
    const std::string& text = plan.action(n, m).text;
    return text.empty() ? format_address(CellAddress::act(n, m)) : text;
}

void ReviewView::reset() {
    stats_version_ = ~0ull;
    for (NoteField& field : reflections_) field.forget();
}

bool ReviewView::editing() const {
    return std::any_of(reflections_.begin(), reflections_.end(), [](const NoteField& f) { return f.active(); });
}

void ReviewView::refresh(const ViewContext& ctx) {
    if (stats_version_ == ctx.stats_version) return;
    const Plan& plan = ctx.document.plan();
    ranked_ = ranked_actions(ctx.stats);
    goals_ranked_ = ranked_sub_goals(ctx.stats);
    trend_ = weekly_trend(plan, ctx.stats);
    numbers_ = year_numbers(plan, ctx.stats);
    notes_ = week_notes(plan);
    heat_rows_ = heatmap_rows(plan);
    mark_badges(ctx);
    stats_version_ = ctx.stats_version;
}

void ReviewView::mark_badges(const ViewContext& ctx) {
    std::vector<double> values;
    for (const int n : goals_ranked_) values.push_back(*ctx.stats.goal(n).completion);
    const std::vector<Badge> goals = badges(values, 1);
    goal_badges_.fill(Badge::None);
    for (std::size_t i = 0; i < goals_ranked_.size(); ++i) goal_badges_[static_cast<std::size_t>(goals_ranked_[i] - 1)] = goals[i];
    const BestWorst marked = best_and_worst(ranked_, kMarked);
    action_badges_.fill(Badge::None);
    for (const RankedAction& r : marked.best) action_badges_[static_cast<std::size_t>((r.sub_goal - 1) * kActionsPerGoal + r.action - 1)] = Badge::Best;
    for (const RankedAction& r : marked.worst) action_badges_[static_cast<std::size_t>((r.sub_goal - 1) * kActionsPerGoal + r.action - 1)] = Badge::Worst;
}

namespace {

// Before its start week there is nothing to review: what the page will show once it begins.
bool not_begun(const Plan& plan, const Date& today) {
    const IsoWeek now = iso_week_of(today);
    return now.year < plan.year || (now.year == plan.year && now.week < plan.start);
}

void draw_not_begun(const ViewContext& ctx, const Comparison& previous) {
    const Language l = ctx.language;
    const Plan& plan = ctx.document.plan();
    const IsoWeek start{plan.year, plan.start};
    ImGui::Spacing();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::min(ImGui::GetContentRegionAvail().x, 640.0f * ctx.scale));
    char line[512];
    std::snprintf(line, sizeof line, tr(Str::ReviewNotBegunFormat, l), plan.year, format_week(start).c_str(),
                  week_range_label(start, l).c_str());
    ImGui::TextUnformatted(line);
    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(Str::ReviewWillShow, l));
    if (previous.available()) {
        std::snprintf(line, sizeof line, tr(Str::ReviewWillCompareFormat, l), previous.previous->year);
        ImGui::TextDisabled("%s", line);
    }
    ImGui::PopTextWrapPos();
}

}  // namespace

void ReviewView::draw(const ViewContext& ctx, const Comparison& previous, bool keyboard, UiOutput& out) {
    refresh(ctx);
    waiting_ = not_begun(ctx.document.plan(), ctx.today);
    if (waiting_) {
        ImGui::BeginChild("review", ImVec2(0, 0), false);
        draw_header(ctx, previous, out);
        draw_not_begun(ctx, previous);
        ImGui::EndChild();
        return;
    }
    if (keyboard && !ImGui::GetIO().WantTextInput && pressed(Key::R, false) && !ctx.document.read_only()) {
        reflections_[0].focus();
        ImGui::GetIO().InputQueueCharacters.resize(0);  // the "r" (or "ㄱ") is not the reflection's first letter
    }
    ImGui::BeginChild("review", ImVec2(0, 0), false);
    const float width = ImGui::GetContentRegionAvail().x;
    draw_header(ctx, previous, out);
    draw_numbers(ctx, previous);
    const float half = (width - ImGui::GetStyle().ItemSpacing.x * 2) * 0.5f;
    ImGui::BeginGroup();
    heading(ctx, Str::ReviewByGoal);
    draw_goal_bars(ctx, previous, half);
    ImGui::EndGroup();
    ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 2);
    ImGui::BeginGroup();
    heading(ctx, Str::ReviewTrend);
    draw_trend(ctx, half);
    ImGui::EndGroup();
    heading(ctx, Str::ReviewHeatmap);
    draw_heatmap(ctx);
    heading(ctx, Str::ReviewActions);
    draw_action_bars(ctx, previous);
    heading(ctx, Str::ReviewNotes);
    draw_notes(ctx);
    heading(ctx, Str::ReviewReflections);
    draw_reflections(ctx, previous, out);
    ImGui::Dummy(ImVec2(0, 24.0f * ctx.scale));
    ImGui::EndChild();
}

void ReviewView::draw_header(const ViewContext& ctx, const Comparison& previous, UiOutput& out) {
    const Language l = ctx.language;
    const Plan& plan = ctx.document.plan();
    ImGui::PushFont(ctx.fonts.chart_bold, kChartFontPx);
    ImGui::TextUnformatted((is_blank(plan.title) ? std::to_string(plan.year) : plan.title).c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", format(tr(Str::ReviewTitleFormat, l), plan.year, format_date(ctx.today)).c_str());
    if (previous.available()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s %d", tr(Str::ReviewCompareWith, l), previous.previous->year);
    }
    const char* labels[] = {tr(Str::ReviewExportMarkdown, l), tr(Str::ReviewExportImage, l), tr(Str::ReviewNextYear, l)};
    float buttons = 0;
    for (const char* label : labels) buttons += ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetStyle().ItemSpacing.x;
    // Beside the title when there is room, else on a line of their own (never over the title).
    ImGui::SameLine();
    const float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - buttons;
    if (ImGui::GetCursorPosX() > right) ImGui::NewLine();
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right));
    if (ImGui::Button(labels[0])) out.command(cmd::AskExportRetrospective{});
    ImGui::SameLine();
    if (ImGui::Button(labels[1])) out.command(cmd::AskExportImage{});
    ImGui::SameLine();
    if (ImGui::Button(labels[2])) out.command(cmd::NextYearPlan{});
}

void ReviewView::draw_numbers(const ViewContext& ctx, const Comparison& previous) {
    const Language l = ctx.language;
    const Plan& plan = ctx.document.plan();
    const bool ko = l == Language::Korean;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    // Five cards in a row, or three and two where the window is narrow.
    const int per_row = ImGui::GetContentRegionAvail().x < 760.0f * ctx.scale ? 3 : 5;
    const float w = (ImGui::GetContentRegionAvail().x - static_cast<float>(per_row - 1) * gap) / static_cast<float>(per_row);
    int shown = 0;
    const auto next = [&] {
        if (++shown % per_row != 0) ImGui::SameLine();
    };
    std::string overall_detail;
    if (const std::string diff = points_difference(ctx.stats.overall, previous.overall()); !diff.empty())
        overall_detail = std::string(tr(Str::ReviewLastYear, l)) + " " + percent_text(previous.overall()) + " · " + diff;
    card(ctx, "overall", tr(Str::ReviewOverall, l), percent_text(ctx.stats.overall), overall_detail, w);
    next();
    const std::string weeks = std::to_string(numbers_.weeks_checked_in) + " / " + std::to_string(numbers_.weeks_counted);
    const std::string skipped = numbers_.weeks_skipped > 0
                                    ? std::string(tr(Str::ReviewSkipped, l)) + " " + std::to_string(numbers_.weeks_skipped)
                                    : std::string{};
    card(ctx, "weeks", tr(Str::ReviewWeeksCheckedIn, l), weeks, skipped, w);
    next();
    card(ctx, "ticks", tr(Str::ReviewTicks, l), std::to_string(numbers_.ticks) + (ko ? "회" : ""), "", w);
    next();
    card(ctx, "complete", tr(Str::ReviewComplete, l),
         std::to_string(numbers_.actions_complete) + " / " + std::to_string(numbers_.actions_tracked), "", w);
    next();
    const std::string streak = weeks_count(numbers_.best_streak, l);
    const std::string whose = numbers_.best_streak_goal > 0 ? action_label(plan, numbers_.best_streak_goal, numbers_.best_streak_action) : "";
    card(ctx, "streak", tr(Str::ReviewLongestStreak, l), streak, truncate_to_width(whose, 24), w);
}

void ReviewView::draw_goal_bars(const ViewContext& ctx, const Comparison& previous, float width) {
    const Plan& plan = ctx.document.plan();
    const Language l = ctx.language;
    for (const int n : goals_ranked_) {
        const char* badge = badge_text(goal_badge(n), l);
        const ImU32 badge_colour = badge_colour_of(goal_badge(n));
        const std::string label = std::to_string(n) + "  " + (plan.goal(n).text.empty() ? cell_hint(CellAddress::goal(n), l) : plan.goal(n).text);
        bar_row(ctx, label, ctx.stats.goal(n).completion, goal_line(plan.goal(n).colour, ctx.theme), points_difference(ctx.stats.goal(n).completion, previous.goal(n)),
                width, badge, badge_colour);
    }
}

void ReviewView::draw_action_bars(const ViewContext& ctx, const Comparison& previous) {
    const Plan& plan = ctx.document.plan();
    const Language l = ctx.language;
    const auto written = [&](int n, int m) { return !is_blank(plan.action(n, m).text); };
    std::vector<int> goals;  // the sub-goals with a written action, two to a row
    for (int n = 1; n <= kSubGoals; ++n)
        for (int m = 1; m <= kActionsPerGoal; ++m)
            if (written(n, m)) {
                goals.push_back(n);
                break;
            }
    if (goals.empty()) ImGui::TextDisabled("%s", tr(Str::CheckNoActions, l));
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const float column = (ImGui::GetContentRegionAvail().x - gap) * 0.5f;
    for (std::size_t i = 0; i < goals.size(); ++i) {
        const int n = goals[i];
        if (i % 2 == 1) ImGui::SameLine(0, gap);
        ImGui::BeginGroup();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(goal_ink(plan.goal(n).colour, ctx.theme)), "%d  %s   %s", n,
                           plan.goal(n).text.c_str(), percent_text(ctx.stats.goal(n).completion).c_str());
        // This sub-goal's written actions, best first; those with nothing owed last.
        std::vector<int> order;
        for (const RankedAction& r : ranked_)
            if (r.sub_goal == n) order.push_back(r.action);
        for (int m = 1; m <= kActionsPerGoal; ++m)
            if (written(n, m) && std::find(order.begin(), order.end(), m) == order.end()) order.push_back(m);
        for (const int m : order) {
            const ActionStats& a = ctx.stats.action(n, m);
            std::string right;
            if (a.has_streak) {
                right = streak_label(a.streak, a.longest_streak, l);
            } else if (!a.tracked) {
                right = target_label(plan.action(n, m).target, l);
            }
            if (const std::string diff = points_difference(a.completion, previous.action(plan, n, m)); !diff.empty())
                right = diff + "  " + right;
            const Badge badge = action_badge(n, m);
            bar_row(ctx, action_label(plan, n, m), a.completion, goal_line(plan.goal(n).colour, ctx.theme), right, column, badge_text(badge, l),
                    badge_colour_of(badge));
        }
        ImGui::EndGroup();
    }
}

void ReviewView::draw_notes(const ViewContext& ctx) {
    const Plan& plan = ctx.document.plan();
    if (notes_.empty()) {
        ImGui::TextDisabled("%s", tr(Str::ReviewNoNotes, ctx.language));
        return;
    }
    ImGui::PushTextWrapPos(0.0f);
    for (const WeekNote& note : notes_) {
        const IsoWeek week{plan.year, note.week};
        ImGui::TextDisabled("%s  %s%s", format_week(week).c_str(), week_range_label(week, ctx.language).c_str(),
                            note.skipped ? (std::string(" · ") + tr(Str::ReviewSkipped, ctx.language)).c_str() : "");
        ImGui::Indent(12.0f * ctx.scale);
        ImGui::TextUnformatted(note.text.c_str());
        ImGui::Unindent(12.0f * ctx.scale);
    }
    ImGui::PopTextWrapPos();
}

void ReviewView::draw_reflections(const ViewContext& ctx, const Comparison& previous, UiOutput& out) {
    const Plan& plan = ctx.document.plan();
    const Language l = ctx.language;
    const float s = ctx.scale;
    const bool read_only = ctx.document.read_only();
    for (int n = 0; n <= kSubGoals; ++n) {
        NoteField& field = reflections_[static_cast<std::size_t>(n)];
        field.follow(plan.reflection_of(n), n, ctx.document.revision());
        const std::string label = n == 0 ? tr(Str::ReviewYearReflection, l)
                                         : std::to_string(n) + "  " + (plan.goal(n).text.empty() ? cell_hint(CellAddress::goal(n), l) : plan.goal(n).text);
        if (n == 0) ImGui::TextUnformatted(label.c_str());
        else ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(goal_ink(plan.goal(n).colour, ctx.theme)), "%s", label.c_str());
        if (ctx.last_reflections && previous.available() && !previous.previous->reflection_of(n).empty()) {
            char line[64];
            std::snprintf(line, sizeof line, tr(Str::ReviewLastReflectionFormat, l), previous.previous->year);
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextDisabled("%s %s", line, previous.previous->reflection_of(n).c_str());
            ImGui::PopTextWrapPos();
        }
        const std::string id = "##reflection" + std::to_string(n);
        const ImVec2 size(ImGui::GetContentRegionAvail().x, (n == 0 ? 110.0f : 64.0f) * s);
        if (field.draw(id.c_str(), tr(Str::ReviewReflectionHint, l), size, read_only) && field.text() != plan.reflection_of(n)) {
            if (field.amends()) out.amend(SetReflection{n, field.text()});
            else out.edits.push_back(SetReflection{n, field.text()});
        }
    }
}

}  // namespace mandalart::ui
