// One action's row in the weekly check-in: its background, the tick boxes (N a week, once) or the
// − count + counter (monthly, yearly), the action's name and, on the right, its status and target.
#include "ui/check_in_view.hpp"

#include <algorithm>

#include "core/labels.hpp"
#include "ui/check_in_status.hpp"
#include "ui/strings.hpp"
#include "ui/text_fit.hpp"
#include "ui/theme.hpp"

namespace mandalart::ui {

// Where a row's parts go: the tick area on the left, one box per column, the text after it.
struct CheckInView::RowArea {
    ImVec2 min, max;
    float pad = 0, text_y = 0;
    float box = 0, gap = 0;  // a tick box and the space between two
    float text_x = 0;        // the names line up after the widest tick area of the week
    ImVec2 box_min(int i) const {
        return ImVec2(min.x + pad + static_cast<float>(i) * (box + gap), min.y + (max.y - min.y - box) * 0.5f);
    }
    // The box (0..boxes-1) under x, or -1.
    int hit(float x, int boxes) const {
        for (int i = 0; i < boxes; ++i)
            if (x >= box_min(i).x && x < box_min(i).x + box + gap) return i;
        return -1;
    }
};

namespace {

void draw_check(ImDrawList& list, ImVec2 min, float size, ImU32 colour, float thickness) {
    const ImVec2 pts[3] = {ImVec2(min.x + size * 0.22f, min.y + size * 0.52f), ImVec2(min.x + size * 0.42f, min.y + size * 0.72f),
                           ImVec2(min.x + size * 0.78f, min.y + size * 0.30f)};
    list.AddPolyline(pts, 3, colour, 0, thickness);
}

// The row's own colour: the sub-goal's, made to read on the row.
ImU32 row_colour(const ViewContext& ctx, int n) { return goal_line(ctx.document.plan().goal(n).colour, ctx.theme); }

}  // namespace

void CheckInView::draw_action_row(const ViewContext& ctx, int n, int m, float width, UiOutput& out) {
    const float s = ctx.scale;
    const int row = row_of(n, m);
    RowArea area;
    area.min = ImGui::GetCursorScreenPos();
    area.max = ImVec2(area.min.x + width, area.min.y + ImGui::GetFrameHeight() + 6.0f * s);
    area.pad = 10.0f * s;
    area.text_y = area.min.y + (area.max.y - area.min.y - ImGui::GetFontSize()) * 0.5f;
    area.box = ImGui::GetFontSize() * 1.05f;
    area.gap = 5.0f * s;
    area.text_x = area.min.x + static_cast<float>(tick_columns_) * (area.box + area.gap) + 2.0f * area.pad;

    ImGui::PushID(row);
    const bool clicked = ImGui::InvisibleButton("row", ImVec2(width, area.max.y - area.min.y));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    if (clicked) selected_ = row;
    const Plan& plan = ctx.document.plan();
    const Target& t = plan.action(n, m).target;
    draw_row_background(ctx, area, row == selected_, hovered && t.tracked());
    const bool editable = clicked && tickable(ctx, n, m);
    if (week_ >= plan.start_of(n, m) && week_begun(ctx)) {
        if (t.kind == TargetKind::PerWeek || t.kind == TargetKind::Once) draw_tick_boxes(ctx, area, n, m, editable, out);
        if (t.kind == TargetKind::PerMonth || t.kind == TargetKind::PerYear) draw_counter(ctx, area, n, m, editable, out);
    }
    draw_row_text(ctx, area, n, m, hovered);
}

void CheckInView::draw_row_background(const ViewContext& ctx, const RowArea& area, bool selected, bool hovered) {
    const ChartPalette& p = chart_palette(ctx.theme);
    ImDrawList& list = *ImGui::GetWindowDrawList();
    const float rounding = 6.0f * ctx.scale;
    if (selected) {
        list.AddRectFilled(area.min, area.max, with_alpha(p.selection, 40), rounding);
        list.AddRect(area.min, area.max, with_alpha(p.selection, 200), rounding, 0, 1.5f * ctx.scale);
        if (scroll_to_selection_) {
            const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight();
            if (area.min.y < top || area.max.y > bottom) ImGui::SetScrollHereY(0.5f);
        }
    } else if (hovered) {
        list.AddRectFilled(area.min, area.max, with_alpha(p.hover, 30), rounding);
    }
}

// N boxes a week (one for `once`), filled as ticked; ticks over the target show fainter. A `once`
// action done in another week shows its tick faintly. Clicking box i ticks up to it; clicking
// the last tick takes it back.
void CheckInView::draw_tick_boxes(const ViewContext& ctx, const RowArea& area, int n, int m, bool clicked, UiOutput& out) {
    const Plan& plan = ctx.document.plan();
    const Target& t = plan.action(n, m).target;
    ImDrawList& list = *ImGui::GetWindowDrawList();
    const ImU32 colour = row_colour(ctx, n);
    const float rounding = 4.0f * ctx.scale, line = 2.0f * ctx.scale;
    const int count = plan.count(week_, n, m);
    const int boxes = t.kind == TargetKind::Once ? 1 : t.times;
    const int earlier = t.kind == TargetKind::Once && count == 0 ? first_done_week(plan, n, m) : 0;
    for (int i = 0; i < std::max(boxes, std::min(count, 7)); ++i) {
        const ImVec2 a = area.box_min(i), b(a.x + area.box, a.y + area.box);
        if (i < count) {
            list.AddRectFilled(a, b, i >= boxes ? with_alpha(colour, 140) : colour, rounding);
            draw_check(list, a, area.box, text_on(colour), line);
        } else {
            list.AddRect(a, b, with_alpha(colour, earlier ? 90 : 230), rounding, 0, line * 0.8f);
            if (earlier) draw_check(list, a, area.box, with_alpha(colour, 110), line);
        }
    }
    if (!clicked) return;
    const int hit = area.hit(ImGui::GetIO().MousePos.x, boxes);
    if (hit < 0) return;
    const int next = count == hit + 1 ? hit : hit + 1;
    if (t.kind != TargetKind::Once || earlier == 0 || next == 0) out.edits.push_back(SetCount{week_, n, m, next});
}

// [−] count [+] for monthly and yearly targets.
void CheckInView::draw_counter(const ViewContext& ctx, const RowArea& area, int n, int m, bool clicked, UiOutput& out) {
    const ChartPalette& p = chart_palette(ctx.theme);
    ImDrawList& list = *ImGui::GetWindowDrawList();
    const ImU32 colour = row_colour(ctx, n);
    const float rounding = 4.0f * ctx.scale, line = 2.0f * ctx.scale;
    const int count = ctx.document.plan().count(week_, n, m);
    const ImVec2 minus = area.box_min(0), plus = area.box_min(2);
    for (const ImVec2 a : {minus, plus}) list.AddRect(a, ImVec2(a.x + area.box, a.y + area.box), with_alpha(colour, 230), rounding, 0, line * 0.8f);
    const float c = area.box * 0.5f, k = area.box * 0.25f;
    list.AddLine(ImVec2(minus.x + c - k, minus.y + c), ImVec2(minus.x + c + k, minus.y + c), p.cell_text, line);
    list.AddLine(ImVec2(plus.x + c - k, plus.y + c), ImVec2(plus.x + c + k, plus.y + c), p.cell_text, line);
    list.AddLine(ImVec2(plus.x + c, plus.y + c - k), ImVec2(plus.x + c, plus.y + c + k), p.cell_text, line);
    const std::string number = std::to_string(count);
    const float number_w = ImGui::CalcTextSize(number.c_str()).x;
    list.AddText(ImVec2(area.box_min(1).x + (area.box - number_w) * 0.5f, area.text_y), count > 0 ? p.cell_text : p.muted_text,
                 number.c_str());
    if (!clicked) return;
    const int hit = area.hit(ImGui::GetIO().MousePos.x, 3);
    if (hit == 0) step_count(ctx, n, m, -1, out);
    if (hit == 2) step_count(ctx, n, m, 1, out);
}

// The action's name, then on the right its status (check_in_status) and its target. Where the
// name and the status do not both fit, the status gives way and shows on hover with the full name.
void CheckInView::draw_row_text(const ViewContext& ctx, const RowArea& area, int n, int m, bool hovered) {
    const ChartPalette& p = chart_palette(ctx.theme);
    const Plan& plan = ctx.document.plan();
    const Action& action = plan.action(n, m);
    const Language l = ctx.language;
    ImDrawList& list = *ImGui::GetWindowDrawList();
    std::string status = check_in_status(plan, ctx.stats, week_, n, m, l);
    const std::string target = target_label(action.target, l);
    const float target_w = 70.0f * ctx.scale;
    const float status_w = status.empty() ? 0.0f : ImGui::CalcTextSize(status.c_str()).x + area.pad;
    float text_right = area.max.x - area.pad - target_w - status_w;
    const std::string name = action.text.empty() ? cell_hint(CellAddress::act(n, m), l) : action.text;
    std::string hidden_status;
    if (!status.empty() && area.text_x + ImGui::CalcTextSize(name.c_str()).x + area.pad > text_right) {
        hidden_status.swap(status);
        text_right = area.max.x - area.pad - target_w;
    }
    const std::string shown = fit_line(*ImGui::GetFont(), ImGui::GetFontSize(), name, std::max(0.0f, text_right - area.text_x - area.pad));
    const ImU32 ink = action.target.tracked() ? p.cell_text : p.muted_text;
    list.AddText(ImVec2(area.text_x, area.text_y), action.text.empty() ? p.hint_text : ink, shown.c_str());
    if (hovered && (shown != name || !hidden_status.empty()))
        ImGui::SetTooltip("%s%s%s", name.c_str(), hidden_status.empty() ? "" : "\n", hidden_status.c_str());
    if (!status.empty()) list.AddText(ImVec2(text_right, area.text_y), p.muted_text, status.c_str());
    const float target_text_w = ImGui::CalcTextSize(target.c_str()).x;
    list.AddText(ImVec2(area.max.x - area.pad - target_text_w, area.text_y), p.muted_text, target.c_str());
}

}  // namespace mandalart::ui
