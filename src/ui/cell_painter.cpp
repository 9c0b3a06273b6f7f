#include "ui/cell_painter.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/cell_tooltip.hpp"
#include "ui/strings.hpp"
#include "core/labels.hpp"
#include "ui/text_fit.hpp"
#include "ui/theme.hpp"

namespace mandalart::ui {

CellLook cell_look(const ViewContext& ctx, const CellAddress& address) {
    const ChartPalette& p = chart_palette(ctx.theme);
    const Plan& plan = ctx.document.plan();
    switch (address.kind) {
        case CellKind::Core: return {p.core_fill, p.core_text, ctx.fonts.chart_bold, true};
        case CellKind::SubGoal: {
            const ImU32 fill = mix(p.cell, plan.goal(address.sub_goal).colour, p.goal_tint);
            return {fill, text_on(fill), ctx.fonts.chart_bold, true};
        }
        case CellKind::Action: return {p.cell, p.cell_text, ctx.fonts.chart, false};
    }
    return {p.cell, p.cell_text, ctx.fonts.chart, false};
}

std::optional<double> cell_progress(const ViewContext& ctx, const CellAddress& address) {
    if (!ctx.show_progress) return std::nullopt;
    switch (address.kind) {
        case CellKind::Core: return ctx.stats.overall;
        case CellKind::SubGoal: return ctx.stats.goal(address.sub_goal).completion;
        case CellKind::Action: return ctx.stats.action(address.sub_goal, address.action).completion;
    }
    return std::nullopt;
}

float CellPainter::draw_progress(ImDrawList& list, const ViewContext& ctx, const CellAddress& address, const CellLook& look,
                                 ImVec2 min, ImVec2 max) {
    const std::optional<double> progress = cell_progress(ctx, address);
    if (!progress) return 0.0f;
    const float s = ctx.scale, pad = 7.0f * s, h = 5.0f * s;
    const ImU32 ink = look.text;
    const ImU32 fill = address.kind == CellKind::Action ? goal_line(ctx.document.plan().goal(address.sub_goal).colour, ctx.theme) : ink;
    float right = max.x - pad;
    const float y = max.y - pad - h;
    if (look.emphasised) {  // the percentage beside the bar
        const std::string percent = percent_text(progress);
        ImFont* font = ctx.fonts.ui;
        // Never louder than the cell's own text: it shrinks with small cells.
        const float size = std::min(ctx.fonts.ui_size * 0.82f, std::max(9.0f * s, (max.y - min.y) * 0.15f));
        const ImVec2 text = font->CalcTextSizeA(size, 1e9f, 0.0f, percent.c_str());
        list.AddText(font, size, ImVec2(right - text.x, y + h * 0.5f - text.y * 0.5f), ink, percent.c_str());
        right -= text.x + 5.0f * s;
    }
    const float r = h * 0.5f;
    list.AddRectFilled(ImVec2(min.x + pad, y), ImVec2(right, y + h), (ink & 0x00FFFFFF) | 0x30000000, r);
    const float w = (right - min.x - pad) * static_cast<float>(std::clamp(*progress, 0.0, 1.0));
    if (w > 0.5f) list.AddRectFilled(ImVec2(min.x + pad, y), ImVec2(min.x + pad + std::max(w, 2 * r), y + h), fill, r);
    return h + 4.0f * s;
}

// The action's target, small, in its own line at the top-left of the cell (the text is laid out
// below it; the top-right corner holds the block's focus button).
void CellPainter::draw_target(ImDrawList& list, const ViewContext& ctx, const CellAddress& address, ImVec2 min, ImVec2 max) {
    const float room = target_room(ctx, address, max.y - min.y);
    if (room <= 0.0f) return;
    const Action& action = ctx.document.plan().action(address.sub_goal, address.action);
    const float pad = 5.0f * ctx.scale;
    const std::string label = fit_line(*ctx.fonts.ui, room, target_label(action.target, ctx.language), max.x - min.x - 2 * pad);
    list.AddText(ctx.fonts.ui, room, ImVec2(min.x + pad, min.y + pad * 0.6f), chart_palette(ctx.theme).muted_text, label.c_str());
}

// One tooltip: the whole text where the cell cuts it, then an action's numbers.
void CellPainter::draw_tooltip(const ViewContext& ctx, const CellAddress& address, const std::string& whole_text) {
    const std::string numbers = address.kind == CellKind::Action
                                    ? action_tooltip(ctx.document.plan(), ctx.stats, ctx.today, address.sub_goal, address.action, ctx.language)
                                    : std::string{};
    if (whole_text.empty() && numbers.empty()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
    if (!whole_text.empty()) ImGui::TextUnformatted(whole_text.c_str());
    if (!whole_text.empty() && !numbers.empty()) ImGui::Separator();
    if (!numbers.empty()) ImGui::TextUnformatted(numbers.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

ImVec2 CellPainter::last_box(const CellAddress& address) const { return cache_[static_cast<std::size_t>(filling_index(address))].box; }

const FittedText& CellPainter::last_layout(const CellAddress& address) const {
    return cache_[static_cast<std::size_t>(filling_index(address))].fit;
}

// The target's line at the top of an action's cell (View → Show Targets), kept clear of its text.
float CellPainter::target_room(const ViewContext& ctx, const CellAddress& address, float cell_height) {
    if (!ctx.show_targets || address.kind != CellKind::Action) return 0.0f;
    if (!ctx.document.plan().action(address.sub_goal, address.action).tracked()) return 0.0f;
    // In a cell too small for the target and two lines of legible text, the text comes first (the
    // tooltip still says the target).
    const float text_room = cell_height - 12.0f * ctx.scale - bar_room(ctx, address) - target_size(ctx);
    return text_room >= 2.0f * kLegibleText * ctx.scale * 1.2f ? target_size(ctx) : 0.0f;
}

float CellPainter::target_size(const ViewContext& ctx) { return std::max(9.0f * ctx.scale, ctx.fonts.ui_size * 0.7f); }

float CellPainter::bar_room(const ViewContext& ctx, const CellAddress& address) {
    return cell_progress(ctx, address) ? 9.0f * ctx.scale : 0.0f;  // the bar (5) and its gap (4), as draw_progress
}

const FittedText& CellPainter::fitted(const ViewContext& ctx, const CellAddress& address, ImVec2 size) {
    const CellLook look = cell_look(ctx, address);
    const float pad = 6.0f * ctx.scale;
    const ImVec2 box(size.x - 2 * pad, size.y - 2 * pad - bar_room(ctx, address) - target_room(ctx, address, size.y));
    const float min_size = kLegibleText * ctx.scale;  // smaller is not read: cut with an ellipsis, whole in the tooltip
    const std::string text = ctx.document.plan().text_at(address);
    const int slot = filling_index(address);
    if (text.empty()) {
        const std::string hint = cell_hint(address, ctx.language);
        // A placeholder stays quieter than text: smaller in small cells.
        return layout(slot, *ctx.fonts.chart, hint, box, std::min(ctx.fonts.chart_size * 0.55f, size.y * 0.21f), min_size);
    }
    const float base = ctx.fonts.chart_size * (address.kind == CellKind::Core ? 1.0f : 0.78f);
    float max_size = std::max(base, std::min(size.y * 0.14f, base * 1.6f));  // grows with large cells
    const std::optional<CellAddress> above = address.kind == CellKind::Action    ? std::optional(CellAddress::goal(address.sub_goal))
                                             : address.kind == CellKind::SubGoal ? std::optional(CellAddress::core())
                                                                                 : std::nullopt;
    if (above && !ctx.document.plan().text_at(*above).empty()) max_size = std::min(max_size, fitted(ctx, *above, size).size);
    return layout(slot, *look.font, text, box, std::max(max_size, min_size), min_size);
}

const FittedText& CellPainter::layout(int slot, ImFont& font, const std::string& text, ImVec2 box,
                                      float max_size, float min_size) {
    Cached& c = cache_[static_cast<std::size_t>(slot)];
    if (c.font != &font || c.text != text || c.box.x != box.x || c.box.y != box.y || c.max_size != max_size) {
        c.font = &font;
        c.text = text;
        c.box = box;
        c.max_size = max_size;
        c.fit = fit_text(font, text, box, max_size, min_size);
    }
    return c.fit;
}

void CellPainter::draw(ImDrawList& list, const ViewContext& ctx, const CellAddress& address, ImVec2 min, ImVec2 max,
                       bool selected, bool hovered) {
    const ChartPalette& p = chart_palette(ctx.theme);
    const CellLook look = cell_look(ctx, address);
    const float rounding = 6.0f * ctx.scale;
    list.AddRectFilled(min, max, look.fill, rounding);

    const float pad = 6.0f * ctx.scale;
    draw_progress(list, ctx, address, look, min, max);
    const float top = target_room(ctx, address, max.y - min.y);
    const ImVec2 box(max.x - min.x - 2 * pad, max.y - min.y - 2 * pad - bar_room(ctx, address) - top);
    const ImVec2 origin(min.x + pad, min.y + pad + top);
    const std::string text = ctx.document.plan().text_at(address);
    const FittedText& fit = fitted(ctx, address, ImVec2(max.x - min.x, max.y - min.y));
    if (!text.empty()) {
        draw_fitted(list, *look.font, text, fit, origin, box, look.text);
        draw_target(list, ctx, address, min, max);
        if (hovered) draw_tooltip(ctx, address, fit.truncated ? text : std::string{});
    } else {
        const ImU32 hint_colour = address.kind == CellKind::Action ? p.hint_text : hint_on(look.fill, look.text);
        draw_fitted(list, *ctx.fonts.chart, cell_hint(address, ctx.language), fit, origin, box, hint_colour);
    }
    if (selected) {
        const float t = 3.0f * ctx.scale;
        list.AddRect(ImVec2(min.x - t * 0.5f, min.y - t * 0.5f), ImVec2(max.x + t * 0.5f, max.y + t * 0.5f), p.selection,
                     rounding + t * 0.5f, 0, t);
    } else if (hovered) {
        list.AddRect(min, max, (p.hover & 0x00FFFFFF) | 0x90000000, rounding, 0, 1.5f * ctx.scale);
    }
}

}  // namespace mandalart::ui
