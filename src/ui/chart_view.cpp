#include "ui/chart_view.hpp"

#include <algorithm>

#include "ui/command_table.hpp"
#include "ui/keys.hpp"
#include "ui/text_input.hpp"
#include "ui/theme.hpp"

namespace mandalart::ui {

int ChartView::sub_goal_of(GridPos p) {
    const CellAddress a = address_at(p);
    return a.kind == CellKind::Core ? 0 : a.sub_goal;
}

void ChartView::move_in_filling_order(int step) {
    const int count = static_cast<int>(filling_order().size());
    const int next = (filling_index(address_at(selection_)) + step + count) % count;
    selection_ = primary_position(filling_order()[static_cast<std::size_t>(next)]);
}

void ChartView::handle_keyboard(const ViewContext& ctx, UiOutput& out) {
    const auto move = [&](int dr, int dc) {
        selection_.row = std::clamp(selection_.row + dr, 0, kGridSize - 1);
        selection_.col = std::clamp(selection_.col + dc, 0, kGridSize - 1);
    };
    if (ctrl() || alt()) {
        if (chord_pressed(kFocusChord))
            if (const int n = sub_goal_of(selection_)) out.command(cmd::ShowFocus{n});
        return;  // other shortcuts belong to the app
    }
    if (pressed(Key::Left)) move(0, -1);
    if (pressed(Key::Right)) move(0, 1);
    if (pressed(Key::Up)) move(-1, 0);
    if (pressed(Key::Down)) move(1, 0);
    if (pressed(Key::Tab)) move_in_filling_order(shift() ? -1 : 1);
    editing_.handle_keys(ctx, address_at(selection_), out);
}

void ChartView::handle_mouse(const ViewContext& ctx, UiOutput& out) {
    if (!ImGui::IsWindowHovered()) return;
    GridPos hit;
    if (!geometry_.hit(ImGui::GetIO().MousePos, hit)) return;
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        editing_.clicked(ctx, address_at(hit), out);
        selection_ = hit;
    }
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) editing_.double_clicked(ctx, address_at(hit));
}

void ChartView::draw_blocks(ImDrawList& list, const ViewContext& ctx, UiOutput& out) {
    const ChartPalette& p = chart_palette(ctx.theme);
    const Plan& plan = ctx.document.plan();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    GridPos hovered{-1, -1};
    const bool hovering = ImGui::IsWindowHovered() && geometry_.hit(mouse, hovered);
    for (int block = 0; block < 9; ++block) {
        const int goal = neighbour_number(block);
        const ImVec2 bmin = geometry_.block_min(block), bmax = geometry_.block_max(block);
        const ImU32 tint = goal == 0 ? mix(p.background, Colour{128, 128, 128}, p.block_tint)
                                     : mix(p.background, plan.goal(goal).colour, p.block_tint * 1.6f);
        list.AddRectFilled(bmin, bmax, tint, 10.0f * ctx.scale);
    }
    for (int r = 0; r < kGridSize; ++r)
        for (int c = 0; c < kGridSize; ++c) {
            const GridPos pos{r, c};
            const bool is_editing = editing_.active() && pos == selection_;
            if (is_editing) continue;  // the text field draws this cell
            painter_.draw(list, ctx, address_at(pos), geometry_.cell_min(pos), geometry_.cell_max(pos),
                          pos == selection_, hovering && pos == hovered);
        }
    // A small "focus" button in the corner of each outer block, shown when the block is hovered.
    for (int block = 0; block < 9; ++block) {
        const int goal = neighbour_number(block);
        if (goal == 0) continue;
        const ImVec2 bmin = geometry_.block_min(block), bmax = geometry_.block_max(block);
        const bool in_block = mouse.x >= bmin.x && mouse.x < bmax.x && mouse.y >= bmin.y && mouse.y < bmax.y;
        if (!in_block || !ImGui::IsWindowHovered()) continue;
        const float s = 18.0f * ctx.scale;
        const ImVec2 bm(bmax.x - s - 2.0f * ctx.scale, bmin.y + 2.0f * ctx.scale);
        ImGui::SetCursorScreenPos(bm);
        ImGui::PushID(block);
        if (ImGui::InvisibleButton("focus", ImVec2(s, s))) out.command(cmd::ShowFocus{goal});
        const bool hot = ImGui::IsItemHovered();
        ImGui::PopID();
        const ImU32 col = hot ? p.selection : p.hover;
        list.AddRectFilled(bm, ImVec2(bm.x + s, bm.y + s), hot ? p.cell : (p.cell & 0x00FFFFFF) | 0xC0000000, 4.0f * ctx.scale);
        // An "expand" glyph: two corner brackets.
        const float a = s * 0.25f, b = s * 0.75f, k = s * 0.2f, t = 1.6f * ctx.scale;
        list.AddLine(ImVec2(bm.x + a, bm.y + a), ImVec2(bm.x + a + k, bm.y + a), col, t);
        list.AddLine(ImVec2(bm.x + a, bm.y + a), ImVec2(bm.x + a, bm.y + a + k), col, t);
        list.AddLine(ImVec2(bm.x + b, bm.y + b), ImVec2(bm.x + b - k, bm.y + b), col, t);
        list.AddLine(ImVec2(bm.x + b, bm.y + b), ImVec2(bm.x + b, bm.y + b - k), col, t);
        if (hot) ImGui::SetTooltip("%s", plan.goal(goal).text.empty() ? "Focus" : plan.goal(goal).text.c_str());
    }
}

void ChartView::draw_editor(const ViewContext& ctx, UiOutput& out) {
    if (!editing_.active()) return;
    const GridPos pos = primary_position(editing_.cell());
    selection_ = pos;
    const ImVec2 min = geometry_.cell_min(pos), max = geometry_.cell_max(pos);
    const float t = 3.0f * ctx.scale;
    ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x - t * 0.5f, min.y - t * 0.5f), ImVec2(max.x + t * 0.5f, max.y + t * 0.5f),
                                        chart_palette(ctx.theme).selection, 6.0f * ctx.scale, 0, t);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 6.0f * ctx.scale);
    const float size = std::min(ctx.fonts.chart_size * 0.7f, std::max(12.0f * ctx.scale, geometry_.cell.y / 4.5f));
    const EditorEvent event = editing_.draw(ctx, "##cell", min, max, size, out);
    ImGui::PopStyleVar();
    if (event == EditorEvent::CommitAndNext) move_in_filling_order(1);
    if (event == EditorEvent::CommitAndPrevious) move_in_filling_order(-1);
}

void ChartView::draw(const ViewContext& ctx, bool keyboard, UiOutput& out) {
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    geometry_ = ChartGeometry::fit(min, ImVec2(min.x + avail.x, min.y + avail.y), ctx.scale);
    ImDrawList& list = *ImGui::GetWindowDrawList();
    if (keyboard && !editing_.active()) handle_keyboard(ctx, out);
    handle_mouse(ctx, out);
    draw_blocks(list, ctx, out);
    draw_editor(ctx, out);
    // A selected cell takes text: typing starts an edit, so the input method is on here. Also in the
    // frame in which an edit ended (Tab, Enter, a click on another cell): the input method stays
    // focused between words instead of being focused out and in again, which loses the next word's
    // first key when it comes quickly. (An open edit says where its caret is itself.)
    if (keyboard && !editing_.active() && !ctx.document.read_only())
        want_text_input(geometry_.cell_min(selection_), geometry_.cell.y);
    // Reserve the area so the window knows its content size.
    ImGui::SetCursorScreenPos(min);
    ImGui::Dummy(avail);
}

}  // namespace mandalart::ui
