// The review's two charts of the weeks: the weekly trend (completion per week, 0–100 %, weeks
// before the plan's start shaded) and the heatmap (weeks × tracked actions, history included).
#include "ui/review_view.hpp"

#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "core/labels.hpp"
#include "ui/strings.hpp"
#include "ui/text_fit.hpp"
#include "ui/theme.hpp"

namespace mandalart::ui {

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
        hint += std::string(" · ") + tr(Str::ReviewBeforeStart, ctx.language) + " " + format_week_span(plan.year, 1, plan.start - 1);
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

}  // namespace mandalart::ui
