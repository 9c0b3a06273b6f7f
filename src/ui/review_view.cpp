#include "ui/review_view.hpp"

#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "core/labels.hpp"
#include "core/text.hpp"
#include "ui/keys.hpp"
#include "ui/stand_ins.hpp"
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

std::string action_label(const Plan& plan, int n, int m) {
    const std::string& text = plan.action(n, m).text;
    return text.empty() ? format_address(CellAddress::act(n, m)) : to_imgui(text);
}

// A section heading: bold, with a little room above.
void heading(const ViewContext& ctx, Str key) {
    ImGui::Dummy(ImVec2(0, 8.0f * ctx.scale));
    ImGui::PushFont(ctx.fonts.chart_bold);
    ImGui::SetWindowFontScale(kUiFontPx * 1.12f / kChartFontPx);
    ImGui::TextUnformatted(tr(key, ctx.language));
    ImGui::SetWindowFontScale(1.0f);
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
    const float label_w = width * 0.34f, right_w = width * 0.32f;
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
    list.PushClipRect(ImVec2(x, min.y), ImVec2(min.x + width, min.y + h), true);
    list.AddText(ImVec2(x, text_y), ImGui::GetColorU32(ImGuiCol_TextDisabled), right.c_str());
    list.PopClipRect();
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
    ImGui::PushFont(ctx.fonts.chart_bold);
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopFont();
    ImGui::SetCursorPosX(12.0f * s);
    ImGui::TextDisabled("%s", detail.c_str());
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

}  // namespace

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

void ReviewView::draw(const ViewContext& ctx, const Comparison& previous, bool keyboard, UiOutput& out) {
    refresh(ctx);
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
    draw_reflections(ctx, out);
    ImGui::Dummy(ImVec2(0, 24.0f * ctx.scale));
    ImGui::EndChild();
}

void ReviewView::draw_header(const ViewContext& ctx, const Comparison& previous, UiOutput& out) {
    const Language l = ctx.language;
    const Plan& plan = ctx.document.plan();
    ImGui::PushFont(ctx.fonts.chart_bold);
    ImGui::TextUnformatted((is_blank(plan.title) ? std::to_string(plan.year) : to_imgui(plan.title)).c_str());
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
    const float right = ImGui::GetWindowContentRegionMax().x - buttons;
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
        const std::string label = std::to_string(n) + "  " + (plan.goal(n).text.empty() ? cell_hint(CellAddress::goal(n), l) : to_imgui(plan.goal(n).text));
        bar_row(ctx, label, ctx.stats.goal(n).completion, goal_line(plan.goal(n).colour, ctx.theme), points_difference(ctx.stats.goal(n).completion, previous.goal(n)),
                width, badge, badge_colour);
    }
}

void ReviewView::draw_trend(const ViewContext& ctx, float width) {
    const float s = ctx.scale;
    const ChartPalette& p = chart_palette(ctx.theme);
    const float height = std::max(120.0f * s, (ImGui::GetTextLineHeight() + 6.0f * s) * 8 - ImGui::GetTextLineHeightWithSpacing());
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList& list = *ImGui::GetWindowDrawList();
    // A 0–100 % scale on the left and week numbers under the bars.
    const float small = ImGui::GetFontSize() * 0.8f;
    ImFont* font = ImGui::GetFont();
    const float axis = font->CalcTextSizeA(small, FLT_MAX, 0.0f, "100%").x + 6.0f * s;
    const float week_row = small + 4.0f * s;
    const ImVec2 min(origin.x + axis, origin.y), max(origin.x + width, origin.y + height - week_row);
    list.AddRectFilled(min, max, p.cell, 6.0f * s);
    const float plot_h = max.y - min.y;
    for (const double level : {0.0, 0.5, 1.0}) {  // guide lines and their labels
        const float y = max.y - 6.0f * s - static_cast<float>(level) * (plot_h - 12.0f * s);
        if (level > 0) list.AddLine(ImVec2(min.x + 4 * s, y), ImVec2(max.x - 4 * s, y), with_alpha(p.cell_text, 30));
        const std::string label = std::to_string(static_cast<int>(level * 100)) + "%";
        const float w = font->CalcTextSizeA(small, FLT_MAX, 0.0f, label.c_str()).x;
        list.AddText(font, small, ImVec2(min.x - w - 4.0f * s, y - small * 0.5f), p.muted_text, label.c_str());
    }
    const float slot = (max.x - min.x - 8.0f * s) / static_cast<float>(std::max<std::size_t>(1, trend_.size()));
    for (std::size_t i = 0; i < trend_.size(); i += 4) {  // W1, W5, W9, …
        const std::string label = std::to_string(trend_[i].week);
        const float x = min.x + 4.0f * s + slot * (static_cast<float>(i) + 0.5f);
        const float w = font->CalcTextSizeA(small, FLT_MAX, 0.0f, label.c_str()).x;
        list.AddText(font, small, ImVec2(x - w * 0.5f, max.y + 2.0f * s), p.muted_text, label.c_str());
    }
    const ImU32 bar = p.selection, skipped = with_alpha(p.cell_text, 60), future = with_alpha(p.cell_text, 14);
    int hovered = -1;
    for (std::size_t i = 0; i < trend_.size(); ++i) {
        const TrendPoint& t = trend_[i];
        const float x0 = min.x + 4.0f * s + slot * static_cast<float>(i) + slot * 0.15f, x1 = x0 + slot * 0.7f;
        const float bottom = max.y - 6.0f * s, full = plot_h - 12.0f * s;
        if (t.before_start) {
            list.AddRectFilled(ImVec2(x0, min.y + 6.0f * s), ImVec2(x1, bottom), with_alpha(p.cell_text, 8));
        } else if (!t.started) {
            list.AddRectFilled(ImVec2(x0, bottom - 2.0f * s), ImVec2(x1, bottom), future);
        } else if (t.skipped) {
            list.AddRectFilled(ImVec2(x0, bottom - full * 0.35f), ImVec2(x1, bottom), with_alpha(p.cell_text, 18));
            for (float y = bottom; y > bottom - full * 0.35f; y -= 5.0f * s)  // hatching
                list.AddLine(ImVec2(x0, y), ImVec2(x1, std::max(bottom - full * 0.35f, y - (x1 - x0))), skipped);
        } else if (t.completion) {
            list.AddRectFilled(ImVec2(x0, bottom - std::max(2.0f * s, static_cast<float>(*t.completion) * full)), ImVec2(x1, bottom), bar, 1.5f * s);
        }
        if (ImGui::IsMouseHoveringRect(ImVec2(x0 - slot * 0.15f, min.y), ImVec2(x1 + slot * 0.15f, max.y))) hovered = static_cast<int>(i);
    }
    ImGui::Dummy(ImVec2(width, height));
    const Plan& plan = ctx.document.plan();
    std::string hint = tr(Str::ReviewTrendHint, ctx.language);
    if (plan.start > 1)  // the shaded weeks
        hint += std::string(" · ") + tr(Str::ReviewBeforeStart, ctx.language) + " " + format_week({plan.year, 1}) + "–" +
                format_week({plan.year, plan.start - 1});
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", hint.c_str());
    ImGui::PopTextWrapPos();
    if (hovered >= 0 && ImGui::IsWindowHovered()) {
        const TrendPoint& t = trend_[static_cast<std::size_t>(hovered)];
        const IsoWeek week{ctx.document.plan().year, t.week};
        const std::string state = t.before_start ? tr(Str::ReviewBeforeStart, ctx.language)
                                  : !t.started ? tr(Str::ReviewNotStarted, ctx.language)
                                  : t.skipped ? tr(Str::ReviewSkipped, ctx.language)
                                              : percent_text(t.completion);
        ImGui::SetTooltip("%s  %s\n%s", format_week(week).c_str(), week_range_label(week, ctx.language).c_str(), state.c_str());
    }
}

void ReviewView::draw_heatmap(const ViewContext& ctx) {
    const Plan& plan = ctx.document.plan();
    const Language l = ctx.language;
    const float s = ctx.scale;
    const ChartPalette& p = chart_palette(ctx.theme);
    const int weeks = weeks_in_iso_year(plan.year);
    const float small = ImGui::GetFontSize() * 0.8f;
    const float label_w = std::min(220.0f * s, ImGui::GetContentRegionAvail().x * 0.28f), row_h = small + 3.0f * s, goal_gap = 6.0f * s;
    const float width = ImGui::GetContentRegionAvail().x;
    const float cell_w = (width - label_w) / static_cast<float>(weeks);
    if (heat_rows_.empty()) {
        ImGui::TextDisabled("%s", tr(Str::CheckNoActions, l));
        return;
    }
    {  // week numbers over the columns: 1, 5, 9, …
        const ImVec2 at = ImGui::GetCursorScreenPos();
        for (int w = 1; w <= weeks; w += 4) {
            const std::string label = std::to_string(w);
            const float x = at.x + label_w + (static_cast<float>(w) - 0.5f) * cell_w;
            const float tw = ImGui::GetFont()->CalcTextSizeA(small, FLT_MAX, 0.0f, label.c_str()).x;
            ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), small, ImVec2(x - tw * 0.5f, at.y), p.muted_text, label.c_str());
        }
        ImGui::Dummy(ImVec2(width, small + 3.0f * s));
    }
    // Rows grouped by sub-goal, a small gap between groups.
    std::vector<float> tops;
    float y = ImGui::GetCursorScreenPos().y;
    for (std::size_t i = 0; i < heat_rows_.size(); ++i) {
        if (i > 0 && heat_rows_[i].sub_goal != heat_rows_[i - 1].sub_goal) y += goal_gap;
        tops.push_back(y);
        y += row_h;
    }
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float height = y - origin.y;
    ImDrawList& list = *ImGui::GetWindowDrawList();
    list.AddRectFilled(ImVec2(origin.x + label_w, origin.y), ImVec2(origin.x + width, origin.y + height), p.cell, 4.0f * s);
    if (plan.start > 1)  // before the plan began: nothing owed, shaded apart from misses
        list.AddRectFilled(ImVec2(origin.x + label_w, origin.y),
                           ImVec2(origin.x + label_w + static_cast<float>(plan.start - 1) * cell_w, origin.y + height),
                           with_alpha(p.cell_text, 20), 4.0f * s);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool window_hovered = ImGui::IsWindowHovered();
    for (std::size_t i = 0; i < heat_rows_.size(); ++i) {
        const int n = heat_rows_[i].sub_goal, m = heat_rows_[i].action;
        const float top = tops[i];
        const Colour colour = plan.goal(n).colour;
        list.AddRectFilled(ImVec2(origin.x, top), ImVec2(origin.x + 4.0f * s, top + row_h), to_imu32(colour));
        const std::string label = fit_line(*ImGui::GetFont(), small, action_label(plan, n, m), label_w - 16.0f * s);
        list.AddText(ImGui::GetFont(), small, ImVec2(origin.x + 10.0f * s, top + 1.0f * s), ImGui::GetColorU32(ImGuiCol_TextDisabled), label.c_str());
        for (int w = 1; w <= weeks; ++w) {
            const float x = origin.x + label_w + static_cast<float>(w - 1) * cell_w;
            const ImVec2 a(x + 0.5f, top + 0.5f), b(x + cell_w - 0.5f, top + row_h - 0.5f);
            const WeekLog* log = plan.week_log(w);
            const auto level = heat_level(plan, w, n, m);
            const bool shown = w <= ctx.stats.last_week && level && (ctx.stats.counted(w) || *level > 0);
            if (!shown) continue;
            if (log != nullptr && log->skipped) list.AddRectFilled(a, b, with_alpha(p.cell_text, 26));
            else if (*level > 0) list.AddRectFilled(a, b, to_imu32(colour, static_cast<int>(60 + 195 * *level)));
            else list.AddRectFilled(a, b, with_alpha(p.cell_text, 10));
            if (window_hovered && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y) {
                const IsoWeek week{plan.year, w};
                char text[400];
                std::snprintf(text, sizeof text, tr(Str::ReviewHeatTooltipFormat, l), action_label(plan, n, m).c_str(),
                              format_week(week).c_str(), week_range_label(week, l).c_str(), plan.count(w, n, m),
                              target_label(plan.action(n, m).target, l).c_str());
                std::string tip = text;
                if (log != nullptr && log->skipped) tip += " · " + std::string(tr(Str::ReviewSkipped, l));
                if (w < plan.start) tip += " · " + std::string(tr(Str::ReviewBeforeStart, l));
                ImGui::SetTooltip("%s", tip.c_str());
                list.AddRect(a, b, p.selection, 0, 0, 1.5f * s);
            }
        }
    }
    ImGui::Dummy(ImVec2(width, height + goal_gap));
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
                           to_imgui(plan.goal(n).text).c_str(), percent_text(ctx.stats.goal(n).completion).c_str());
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
        ImGui::TextUnformatted(to_imgui(note.text).c_str());
        ImGui::Unindent(12.0f * ctx.scale);
    }
    ImGui::PopTextWrapPos();
}

void ReviewView::draw_reflections(const ViewContext& ctx, UiOutput& out) {
    const Plan& plan = ctx.document.plan();
    const Language l = ctx.language;
    const float s = ctx.scale;
    const bool read_only = ctx.document.read_only();
    for (int n = 0; n <= kSubGoals; ++n) {
        NoteField& field = reflections_[static_cast<std::size_t>(n)];
        field.follow(plan.reflection_of(n), n, ctx.document.revision());
        const std::string label = n == 0 ? tr(Str::ReviewYearReflection, l)
                                         : std::to_string(n) + "  " + (plan.goal(n).text.empty() ? cell_hint(CellAddress::goal(n), l) : to_imgui(plan.goal(n).text));
        if (n == 0) ImGui::TextUnformatted(label.c_str());
        else ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(goal_ink(plan.goal(n).colour, ctx.theme)), "%s", label.c_str());
        const std::string id = "##reflection" + std::to_string(n);
        const ImVec2 size(ImGui::GetContentRegionAvail().x, (n == 0 ? 110.0f : 64.0f) * s);
        if (field.draw(id.c_str(), tr(Str::ReviewReflectionHint, l), size, read_only) && field.text() != plan.reflection_of(n))
            out.edits.push_back(SetReflection{n, field.text()});
    }
}

}  // namespace mandalart::ui
