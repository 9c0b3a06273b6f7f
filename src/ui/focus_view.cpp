#include "ui/focus_view.hpp"

#include <algorithm>

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "core/layout.hpp"
#include "ui/command_table.hpp"
#include "ui/keys.hpp"
#include "ui/text_input.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"

namespace mandalart::ui {
namespace {

// Row/column of neighbour 0..8 inside a 3×3 block.
GridPos local_pos(int neighbour) { return block_cell(0, neighbour); }
int neighbour_at(int row, int col) { return neighbour_number(row * 3 + col); }

const TargetKind kKinds[] = {TargetKind::PerWeek, TargetKind::PerMonth, TargetKind::PerYear, TargetKind::Once,
                             TargetKind::None};
const Str kKindNames[] = {Str::TargetPerWeek, Str::TargetPerMonth, Str::TargetPerYear, Str::TargetOnce, Str::TargetNone};

int kind_index(TargetKind kind) { return static_cast<int>(std::find(std::begin(kKinds), std::end(kKinds), kind) - std::begin(kKinds)); }
bool counts_times(TargetKind kind) { return kind == TargetKind::PerWeek || kind == TargetKind::PerMonth || kind == TargetKind::PerYear; }

// `t` with another kind: its times kept where the new kind has them (within its range).
Target with_kind(const Target& t, TargetKind kind) {
    Target out{kind, kind == TargetKind::Once ? 1 : 0};
    if (counts_times(kind)) out.times = std::clamp(t.times, 1, max_times(kind));
    return out;
}

}  // namespace

void FocusView::open(int sub_goal) {
    sub_goal_ = std::clamp(sub_goal, 1, 8);
    selection_ = 0;
    editing_.close();
    colour_editing_ = false;
    field_ = Field::Cell;
    for (NoteField& note : notes_) note.forget();
}

// The Tab order: the nine cells first, as always (typing a block is word-Tab-word), then the
// panel from top to bottom: the colour, then each action's target kind, times and start.
std::vector<FocusView::Stop> FocusView::tab_stops(const Plan& plan) const {
    std::vector<Stop> stops;
    for (int cell = 0; cell < 9; ++cell) stops.push_back({cell, Field::Cell});
    stops.push_back({0, Field::Colour});
    for (int m = 1; m <= kActionsPerGoal; ++m) {
        const Action& a = plan.action(sub_goal_, m);
        stops.push_back({m, Field::Kind});
        if (counts_times(a.target.kind)) stops.push_back({m, Field::Times});
        if (a.tracked()) stops.push_back({m, Field::Start});
    }
    return stops;
}

void FocusView::tab(const Plan& plan, int step) {
    const std::vector<Stop> stops = tab_stops(plan);
    const auto n = static_cast<int>(stops.size());
    int at = 0;
    for (int i = 0; i < n; ++i)
        if (stops[static_cast<std::size_t>(i)].cell == selection_ && stops[static_cast<std::size_t>(i)].field == field_) at = i;
    const Stop next = stops[static_cast<std::size_t>(((at + step) % n + n) % n)];
    selection_ = next.cell;
    field_ = next.field;
}

void FocusView::step_field(const ViewContext& ctx, int delta, UiOutput& out) {
    const Plan& plan = ctx.document.plan();
    if (ctx.document.read_only()) return;
    if (field_ == Field::Colour) {
        const auto& palette = default_sub_goal_colours();
        const auto at = std::find(palette.begin(), palette.end(), plan.goal(sub_goal_).colour);
        const int i = at == palette.end() ? (delta > 0 ? -1 : 0) : static_cast<int>(at - palette.begin());
        out.edits.push_back(SetColour{sub_goal_, palette[static_cast<std::size_t>(((i + delta) % 8 + 8) % 8)]});
        return;
    }
    const int m = selection_;
    if (m < 1) return;
    const Target& t = plan.action(sub_goal_, m).target;
    if (field_ == Field::Kind) {
        const int k = std::clamp(kind_index(t.kind) + delta, 0, 4);
        if (kKinds[k] != t.kind) out.edits.push_back(SetTarget{sub_goal_, m, with_kind(t, kKinds[k])});
    } else if (field_ == Field::Times && counts_times(t.kind)) {
        const int times = std::clamp(t.times + delta, 1, max_times(t.kind));
        if (times != t.times) out.edits.push_back(SetTarget{sub_goal_, m, Target{t.kind, times}});
    } else if (field_ == Field::Start) {
        const int week = plan.start_of(sub_goal_, m) + delta;
        if (check_action_start(plan, sub_goal_, m, week, ctx.today).empty()) out.edits.push_back(SetActionStart{sub_goal_, m, week});
    }
}

void FocusView::outline_if(const ViewContext& ctx, Field field, int cell) const {
    if (field_ != field || selection_ != cell) return;
    const float pad = 2.0f * ctx.scale;
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - pad, a.y - pad), ImVec2(b.x + pad, b.y + pad), chart_palette(ctx.theme).selection,
                                        4.0f * ctx.scale, 0, 2.0f * ctx.scale);
}

void FocusView::finish_edit(const Document& document, UiOutput& out) { editing_.finish(document, out); }

CellAddress FocusView::address_of(int neighbour) const {
    return neighbour == 0 ? CellAddress::goal(sub_goal_) : CellAddress::act(sub_goal_, neighbour);
}

void FocusView::handle_keyboard(const ViewContext& ctx, UiOutput& out) {
    if (ctrl() || alt()) return;
    // Tab moves through the cells and their controls; on a control, arrows change it.
    if (pressed(Key::Tab)) {
        tab(ctx.document.plan(), shift() ? -1 : 1);
        return;
    }
    if (field_ != Field::Cell) {
        if (pressed(Key::Escape, false) || enter_pressed()) field_ = Field::Cell;
        if (pressed(Key::Left) || pressed(Key::Down)) step_field(ctx, -1, out);
        if (pressed(Key::Right) || pressed(Key::Up)) step_field(ctx, 1, out);
        ImGui::GetIO().InputQueueCharacters.resize(0);  // no typing into a cell from a control
        return;
    }
    if (chord_pressed(kBackChord)) {
        out.command(cmd::ShowChart{});
        return;
    }
    GridPos p = local_pos(selection_);
    if (pressed(Key::Left)) p.col = std::max(0, p.col - 1);
    if (pressed(Key::Right)) p.col = std::min(2, p.col + 1);
    if (pressed(Key::Up)) p.row = std::max(0, p.row - 1);
    if (pressed(Key::Down)) p.row = std::min(2, p.row + 1);
    selection_ = neighbour_at(p.row, p.col);
    editing_.handle_keys(ctx, address_of(selection_), out);
}

void FocusView::draw_block(const ViewContext& ctx, ImVec2 min, ImVec2 size, bool typing_edits, UiOutput& out) {
    ImDrawList& list = *ImGui::GetWindowDrawList();
    const ChartPalette& p = chart_palette(ctx.theme);
    const float gap = 8.0f * ctx.scale;
    const ImVec2 cell((size.x - 2 * gap) / 3.0f, (size.y - 2 * gap) / 3.0f);
    list.AddRectFilled(ImVec2(min.x - gap, min.y - gap), ImVec2(min.x + size.x + gap, min.y + size.y + gap),
                       mix(p.background, ctx.document.plan().goal(sub_goal_).colour, p.block_tint * 1.6f), 12.0f * ctx.scale);
    const bool hovered_window = ImGui::IsWindowHovered();
    const auto corner = [&](int n) {
        const GridPos lp = local_pos(n);
        return ImVec2(min.x + static_cast<float>(lp.col) * (cell.x + gap), min.y + static_cast<float>(lp.row) * (cell.y + gap));
    };
    for (int n = 0; n < 9; ++n) {
        const ImVec2 a = corner(n);
        const ImVec2 b(a.x + cell.x, a.y + cell.y);
        const bool hovered = hovered_window && ImGui::IsMouseHoveringRect(a, b);
        if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
            editing_.clicked(ctx, address_of(n), out);
            selection_ = n;
        }
        if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) editing_.double_clicked(ctx, address_of(n));
        if (editing_.active() && n == selection_) {
            const EditorEvent e = editing_.draw(ctx, "##focuscell", a, b, ctx.fonts.chart_size * 0.85f, out);
            if (e == EditorEvent::CommitAndNext) selection_ = (selection_ + 1) % 9;
            if (e == EditorEvent::CommitAndPrevious) selection_ = (selection_ + 8) % 9;
            continue;
        }
        painter_.draw(list, ctx, address_of(n), a, b, n == selection_, hovered);
    }
    // Typing on the selected cell starts an edit, so it takes text; also in the frame in which an
    // edit ended (Enter, Tab), so that the input method stays focused between words.
    if (typing_edits && !editing_.active()) want_text_input(corner(selection_), cell.y);
}

void FocusView::draw_action_row(const ViewContext& ctx, int m, UiOutput& out) {
    const Action& action = ctx.document.plan().action(sub_goal_, m);
    ImGui::PushID(m);
    ImGui::TextDisabled("%d.%d", sub_goal_, m);
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);  // long names wrap in the panel instead of running off it
    ImGui::TextUnformatted(action.text.empty() ? "—" : action.text.c_str());
    ImGui::PopTextWrapPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const int kind = kind_index(action.target.kind);
    ImGui::SetNextItemWidth(width * 0.55f);
    if (ImGui::BeginCombo("##kind", tr(kKindNames[kind], ctx.language))) {
        for (int k = 0; k < 5; ++k)
            if (ImGui::Selectable(tr(kKindNames[k], ctx.language), k == kind) && k != kind)
                out.edits.push_back(SetTarget{sub_goal_, m, with_kind(action.target, kKinds[k])});
        ImGui::EndCombo();
    }
    outline_if(ctx, Field::Kind, m);
    const Target& t = action.target;
    if (counts_times(t.kind)) {
        ImGui::SameLine();
        int times = t.times;
        ImGui::SetNextItemWidth(width * 0.42f);
        if (ImGui::InputInt("##times", &times, 1, 1)) {
            times = std::clamp(times, 1, max_times(t.kind));
            if (times != t.times) out.edits.push_back(SetTarget{sub_goal_, m, Target{t.kind, times}});
        }
        outline_if(ctx, Field::Times, m);
    }
    if (action.tracked()) draw_start_row(ctx, m, out);
    NoteField& note = notes_[static_cast<std::size_t>(m - 1)];
    note.follow(action.note, sub_goal_ * 10 + m, ctx.document.revision());
    if (note.draw_line("##note", tr(Str::FocusNote, ctx.language), width, ctx.document.read_only()) && note.text() != action.note) {
        if (note.amends()) out.amend(SetNote{sub_goal_, m, note.text()});
        else out.edits.push_back(SetNote{sub_goal_, m, note.text()});
    }
    note_centres_[static_cast<std::size_t>(m - 1)] = ImVec2((ImGui::GetItemRectMin().x + ImGui::GetItemRectMax().x) * 0.5f,
                                                          (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) * 0.5f);
    ImGui::Separator();
    ImGui::PopID();
}

// From which week the action counts: − week +, within the plan's start, this week and its ticks.
void FocusView::draw_start_row(const ViewContext& ctx, int m, UiOutput& out) {
    const Plan& plan = ctx.document.plan();
    const int start = plan.start_of(sub_goal_, m);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr(Str::FocusStart, ctx.language));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::FocusStartTip, ctx.language));
    for (const int step : {-1, 1}) {
        ImGui::SameLine();
        if (step == 1) {
            ImGui::TextUnformatted(format_week({plan.year, start}).c_str());
            outline_if(ctx, Field::Start, m);
            ImGui::SameLine();
        }
        ImGui::BeginDisabled(!check_action_start(plan, sub_goal_, m, start + step, ctx.today).empty());
        if (ImGui::SmallButton(step < 0 ? "-##start" : "+##start")) out.edits.push_back(SetActionStart{sub_goal_, m, start + step});
        ImGui::EndDisabled();
    }
}

void FocusView::draw_details(const ViewContext& ctx, UiOutput& out) {
    const SubGoal& goal = ctx.document.plan().goal(sub_goal_);
    ImGui::PushFont(ctx.fonts.ui, kUiFontPx);
    if (ImGui::Button(tr(Str::FocusBack, ctx.language))) out.command(cmd::ShowChart{});
    ImGui::Spacing();
    ImGui::TextDisabled("%s %d", tr(Str::HintSubGoal, ctx.language), sub_goal_);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(goal.text.c_str());
    ImGui::PopTextWrapPos();
    if (!colour_editing_) {
        colour_[0] = goal.colour.r / 255.0f;
        colour_[1] = goal.colour.g / 255.0f;
        colour_[2] = goal.colour.b / 255.0f;
    }
    ImGui::ColorEdit3(tr(Str::FocusColour, ctx.language), colour_, ImGuiColorEditFlags_NoInputs);
    outline_if(ctx, Field::Colour, 0);
    colour_editing_ = ImGui::IsItemActive() || ImGui::IsPopupOpen("picker", ImGuiPopupFlags_AnyPopupId);
    const Colour picked{static_cast<std::uint8_t>(colour_[0] * 255.0f + 0.5f), static_cast<std::uint8_t>(colour_[1] * 255.0f + 0.5f),
                        static_cast<std::uint8_t>(colour_[2] * 255.0f + 0.5f)};
    if (!colour_editing_ && picked != goal.colour) out.edits.push_back(SetColour{sub_goal_, picked});
    // The default palette as one-click swatches, wrapping onto another line in a narrow panel.
    const float swatch = ImGui::GetFrameHeight(), spacing = ImGui::GetStyle().ItemSpacing.x;
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    for (int i = 0; i < 8; ++i) {
        if (ImGui::GetItemRectMax().x + spacing + swatch <= right) ImGui::SameLine();
        const Colour c = default_sub_goal_colours()[static_cast<std::size_t>(i)];
        ImGui::PushID(100 + i);
        if (ImGui::ColorButton("##swatch", ImGui::ColorConvertU32ToFloat4(to_imu32(c)), ImGuiColorEditFlags_NoTooltip,
                               ImVec2(swatch, swatch)) && c != goal.colour)
            out.edits.push_back(SetColour{sub_goal_, c});
        ImGui::PopID();
    }
    ImGui::Separator();
    ImGui::BeginDisabled(ctx.document.read_only());
    for (int m = 1; m <= 8; ++m) draw_action_row(ctx, m, out);
    ImGui::EndDisabled();
    ImGui::PopFont();
}

void FocusView::draw(const ViewContext& ctx, bool keyboard, UiOutput& out) {
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float panel = std::min(460.0f * ctx.scale, avail.x * 0.42f);
    const float side = std::min(avail.x - panel - 40.0f * ctx.scale, avail.y - 16.0f * ctx.scale);
    const bool text_field_busy = ImGui::GetIO().WantTextInput && !editing_.active();
    const bool cell_keyboard = keyboard && !editing_.active() && !text_field_busy;
    if (cell_keyboard) handle_keyboard(ctx, out);
    const float margin = 12.0f * ctx.scale;
    draw_block(ctx, ImVec2(min.x + margin, min.y + margin), ImVec2(side - margin, side - margin),
               cell_keyboard && !ctx.document.read_only() && field_ == Field::Cell, out);
    ImGui::SetCursorScreenPos(ImVec2(min.x + side + 28.0f * ctx.scale, min.y));
    ImGui::BeginChild("details", ImVec2(panel, avail.y), false);
    draw_details(ctx, out);
    ImGui::EndChild();
}

}  // namespace mandalart::ui
