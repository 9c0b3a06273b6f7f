#include "ui/check_in_view.hpp"

#include <algorithm>
#include <cstdio>

#include <imgui_stdlib.h>

#include "ui/keys.hpp"
#include "ui/text_fit.hpp"
#include "ui/stand_ins.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "core/labels.hpp"
#include "core/text.hpp"

namespace mandalart::ui {
namespace {

constexpr int kRows = kSubGoals * kActionsPerGoal;
int row_of(int n, int m) { return (n - 1) * kActionsPerGoal + (m - 1); }
int goal_of(int row) { return row / kActionsPerGoal + 1; }
int action_of(int row) { return row % kActionsPerGoal + 1; }

// The first week in which a `once` action was done, or 0.
int done_week(const Plan& plan, int n, int m) {
    for (const auto& [week, log] : plan.weeks)
        if (plan.count(week, n, m) > 0) return week;
    return 0;
}

void draw_check(ImDrawList& list, ImVec2 min, float size, ImU32 colour, float thickness) {
    const ImVec2 pts[3] = {ImVec2(min.x + size * 0.22f, min.y + size * 0.52f), ImVec2(min.x + size * 0.42f, min.y + size * 0.72f),
                           ImVec2(min.x + size * 0.78f, min.y + size * 0.30f)};
    list.AddPolyline(pts, 3, colour, 0, thickness);
}

// What a row's tick area holds: boxes for N/week and once, − count + for monthly and yearly.
struct TickLayout {
    float box = 0, gap = 0;
    ImVec2 origin;
    ImVec2 box_min(int i) const { return ImVec2(origin.x + static_cast<float>(i) * (box + gap), origin.y); }
    int hit(float x, int boxes) const {
        for (int i = 0; i < boxes; ++i)
            if (x >= box_min(i).x && x < box_min(i).x + box + gap) return i;
        return -1;
    }
};

// The key hints, items separated by three spaces, wrapped between items (never inside one).
void key_hints(std::string_view text) {
    const float right = ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX();
    const float space = ImGui::CalcTextSize("  ").x;
    bool first = true;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find("   "), text.size());
        const std::string_view item = text.substr(0, end);
        const float width = ImGui::CalcTextSize(item.data(), item.data() + item.size()).x;
        if (!first) {
            ImGui::SameLine(0.0f, space);
            if (ImGui::GetCursorPosX() + width > right) ImGui::NewLine();
        }
        ImGui::TextDisabled("%.*s", static_cast<int>(item.size()), item.data());
        first = false;
        text.remove_prefix(std::min(end + 3, text.size()));
        while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    }
}

}  // namespace

void CheckInView::reset() {
    week_ = 0;
    selected_ = 0;
    note_.forget();
}

int CheckInView::current_week(const ViewContext& ctx) const {
    const int year = ctx.document.plan().year;
    const IsoWeek now = iso_week_of(ctx.today);
    if (now.year == year) return now.week;
    return now.year < year ? 1 : weeks_in_iso_year(year);
}

void CheckInView::move_selection(const ViewContext& ctx, int step) {
    const Plan& plan = ctx.document.plan();
    for (int row = selected_ + step; row >= 0 && row < kRows; row += step)
        if (plan.action(goal_of(row), action_of(row)).tracked()) {
            selected_ = row;
            scroll_to_selection_ = true;
            return;
        }
}

void CheckInView::step_count(const ViewContext& ctx, int n, int m, int delta, UiOutput& out) {
    const Plan& plan = ctx.document.plan();
    const Target& t = plan.action(n, m).target;
    if (!plan.action(n, m).tracked() || ctx.document.read_only() || week_ < plan.start) return;
    const int count = plan.count(week_, n, m);
    const int next = std::clamp(count + delta, 0, max_weekly_count(t));
    if (next != count) out.edits.push_back(SetCount{week_, n, m, next});
}

void CheckInView::tick_next(const ViewContext& ctx, int n, int m, UiOutput& out) {
    const Plan& plan = ctx.document.plan();
    const Target& t = plan.action(n, m).target;
    const int count = plan.count(week_, n, m);
    switch (t.kind) {
        case TargetKind::PerWeek:  // 0 → 1 → … → N → 0 (+ goes beyond N)
            if (count < t.times) step_count(ctx, n, m, 1, out);
            else step_count(ctx, n, m, -count, out);
            break;
        case TargetKind::Once:
            if (count > 0) step_count(ctx, n, m, -1, out);
            else if (done_week(plan, n, m) == 0) step_count(ctx, n, m, 1, out);
            break;
        case TargetKind::PerMonth:
        case TargetKind::PerYear: step_count(ctx, n, m, 1, out); break;
        case TargetKind::None: break;
    }
}

void CheckInView::handle_keyboard(const ViewContext& ctx, UiOutput& out) {
    if (ctrl() || alt()) return;
    const int last = weeks_in_iso_year(ctx.document.plan().year);
    if (pressed(Key::Up)) move_selection(ctx, -1);
    if (pressed(Key::Down)) move_selection(ctx, 1);
    if (pressed(Key::Left)) week_ = std::max(1, week_ - 1);
    if (pressed(Key::Right)) week_ = std::min(last, week_ + 1);
    if (pressed(Key::Home, false)) week_ = current_week(ctx);
    const int n = goal_of(selected_), m = action_of(selected_);
    // Only a plain Space ticks: Shift+Space and Ctrl+Space are input methods' toggles.
    if (pressed(Key::Space) && !shift() && !super()) tick_next(ctx, n, m, out);
    if (pressed(Key::Equal) || pressed(Key::KeypadAdd)) step_count(ctx, n, m, 1, out);
    if (pressed(Key::Minus) || pressed(Key::KeypadSubtract)) step_count(ctx, n, m, -1, out);
    const bool before_start = week_ < ctx.document.plan().start;
    if (pressed(Key::S, false) && !ctx.document.read_only() && !before_start) {
        const WeekLog* log = ctx.document.plan().week_log(week_);
        out.edits.push_back(SetSkipped{week_, !(log != nullptr && log->skipped)});
    }
    if (pressed(Key::N, false) && !ctx.document.read_only() && !before_start) {
        note_.focus();
        ImGui::GetIO().InputQueueCharacters.resize(0);  // the "n" (or "ㅜ") is not the note's first letter
    }
}

void CheckInView::draw(const ViewContext& ctx, bool keyboard, UiOutput& out) {
    const Plan& plan = ctx.document.plan();
    const int last = weeks_in_iso_year(plan.year);
    if (week_ < 1 || week_ > last) week_ = current_week(ctx);
    if (!plan.action(goal_of(selected_), action_of(selected_)).tracked()) {
        const int before = selected_;
        move_selection(ctx, 1);
        if (selected_ == before) move_selection(ctx, -1);
    }
    // The note follows the week shown and the document, except while it is being typed in.
    const WeekLog* log = plan.week_log(week_);
    note_.follow(log != nullptr ? log->note : std::string{}, week_, ctx.document.revision());
    if (keyboard && !ImGui::GetIO().WantTextInput) handle_keyboard(ctx, out);

    draw_header(ctx, out);
    const float s = ctx.scale;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float side = std::clamp(avail.x * 0.32f, 210.0f * s, 440.0f * s);
    ImGui::BeginChild("checkin_list", ImVec2(avail.x - side - 12.0f * s, 0), false);
    draw_list(ctx, out);
    ImGui::EndChild();
    ImGui::SameLine(0, 12.0f * s);
    ImGui::BeginChild("checkin_side", ImVec2(0, 0), false);
    draw_side_panel(ctx, out);
    ImGui::EndChild();
}

void CheckInView::draw_header(const ViewContext& ctx, UiOutput& out) {
    const Language l = ctx.language;
    const Plan& plan = ctx.document.plan();
    const int last = weeks_in_iso_year(plan.year);
    const int week_before = week_;
    ImGui::BeginDisabled(week_ <= 1);
    if (ImGui::ArrowButton("prev", ImGuiDir_Left)) week_ = std::max(1, week_ - 1);
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (←)", tr(Str::CheckPrevWeek, l));
    ImGui::SameLine();
    ImGui::PushFont(ctx.fonts.chart_bold);
    const std::string title = format_week({plan.year, week_}) + "   " + week_range_label({plan.year, week_}, l);
    ImGui::SetWindowFontScale(0.8f);
    ImGui::TextUnformatted(title.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::BeginDisabled(week_ >= last);
    if (ImGui::ArrowButton("next", ImGuiDir_Right)) week_ = std::min(last, week_ + 1);
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (→)", tr(Str::CheckNextWeek, l));
    ImGui::SameLine();
    ImGui::BeginDisabled(week_ == current_week(ctx));
    if (ImGui::Button(tr(Str::CheckThisWeek, l))) week_ = current_week(ctx);
    ImGui::EndDisabled();
    if (iso_week_of(ctx.today).year != plan.year) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s (%d)", tr(Str::CheckNotThisYear, l), plan.year);
    }
    if (week_ != week_before && note_.active()) commit_note(ctx, out);
    if (week_ < plan.start) draw_before_start(ctx, out);
    ImGui::Spacing();
}

void CheckInView::draw_before_start(const ViewContext& ctx, UiOutput& out) {
    const Language l = ctx.language;
    const Plan& plan = ctx.document.plan();
    char line[256];
    std::snprintf(line, sizeof line, tr(Str::CheckBeforeStartFormat, l), format_week({plan.year, plan.start}).c_str());
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", line);
    if (ctx.document.read_only()) return;
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(Str::CheckStartHere, l))) out.edits.push_back(SetStart{week_});
}

void CheckInView::draw_list(const ViewContext& ctx, UiOutput& out) {
    const Plan& plan = ctx.document.plan();
    const float width = ImGui::GetContentRegionAvail().x;
    // Only written actions have a row: an unwritten one owes nothing and has nothing to tick.
    const auto written = [&](int n, int m) { return !is_blank(plan.action(n, m).text); };
    rows_.clear();
    tick_columns_ = 1;
    for (int n = 1; n <= kSubGoals; ++n)
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            const Target& t = plan.action(n, m).target;
            if (!written(n, m)) continue;
            if (t.kind == TargetKind::PerWeek) tick_columns_ = std::max(tick_columns_, std::min(std::max(t.times, plan.count(week_, n, m)), 7));
            if (t.kind == TargetKind::PerMonth || t.kind == TargetKind::PerYear) tick_columns_ = std::max(tick_columns_, 3);
        }
    for (int n = 1; n <= kSubGoals; ++n) {
        std::vector<int> actions;
        for (int m = 1; m <= kActionsPerGoal; ++m)
            if (written(n, m)) actions.push_back(m);
        if (actions.empty()) continue;
        draw_goal_header(ctx, n, width);
        for (const int m : actions) {
            draw_action_row(ctx, n, m, width, out);
            rows_.push_back(row_of(n, m));
        }
        ImGui::Dummy(ImVec2(0, 6.0f * ctx.scale));
    }
    if (rows_.empty()) {
        ImGui::Dummy(ImVec2(0, 24.0f * ctx.scale));
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", tr(Str::CheckNoActions, ctx.language));
        ImGui::PopTextWrapPos();
    }
    scroll_to_selection_ = false;
}

void CheckInView::draw_goal_header(const ViewContext& ctx, int n, float width) {
    const ChartPalette& p = chart_palette(ctx.theme);
    const Plan& plan = ctx.document.plan();
    const float s = ctx.scale;
    const float h = ImGui::GetFrameHeight() + 6.0f * s;
    const ImVec2 min = ImGui::GetCursorScreenPos(), max(min.x + width, min.y + h);
    ImDrawList& list = *ImGui::GetWindowDrawList();
    const ImU32 fill = mix(p.cell, plan.goal(n).colour, p.goal_tint);
    const ImU32 text = text_on(fill);
    list.AddRectFilled(min, max, fill, 6.0f * s);
    const float pad = 10.0f * s, text_y = min.y + (h - ImGui::GetFontSize()) * 0.5f;
    const std::string goal_text = to_imgui(plan.goal(n).text);
    const std::string label = std::to_string(n) + "   " + (goal_text.empty() ? cell_hint(CellAddress::goal(n), ctx.language) : goal_text);
    const std::optional<double> completion = ctx.stats.goal(n).completion;
    const std::string percent = percent_text(completion);
    const float percent_w = ImGui::CalcTextSize(percent.c_str()).x;
    const float bar_w = 90.0f * s;
    const float right = max.x - pad;
    const float room = right - (completion ? bar_w + percent_w + 2 * pad : 0.0f) - (min.x + pad) - pad;
    list.AddText(ImVec2(min.x + pad, text_y), text, fit_line(*ImGui::GetFont(), ImGui::GetFontSize(), label, std::max(0.0f, room)).c_str());
    if (completion) {
        list.AddText(ImVec2(right - percent_w, text_y), text, percent.c_str());
        const float bar_y = min.y + h * 0.5f;
        draw_bar(list, ImVec2(right - percent_w - pad - bar_w, bar_y - 3.0f * s),
                 ImVec2(right - percent_w - pad, bar_y + 3.0f * s), *completion, with_alpha(text, 50), text);
    }
    ImGui::Dummy(ImVec2(width, h + 2.0f * s));
}

void CheckInView::draw_action_row(const ViewContext& ctx, int n, int m, float width, UiOutput& out) {
    const ChartPalette& p = chart_palette(ctx.theme);
    const Plan& plan = ctx.document.plan();
    const Action& action = plan.action(n, m);
    const Target& t = action.target;
    const Language l = ctx.language;
    const float s = ctx.scale;
    const int row = row_of(n, m);
    const float h = ImGui::GetFrameHeight() + 6.0f * s;
    const ImVec2 min = ImGui::GetCursorScreenPos(), max(min.x + width, min.y + h);
    ImGui::PushID(row);
    const bool clicked = ImGui::InvisibleButton("row", ImVec2(width, h));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    ImDrawList& list = *ImGui::GetWindowDrawList();
    const bool selected = row == selected_;
    if (selected) {
        list.AddRectFilled(min, max, with_alpha(p.selection, 40), 6.0f * s);
        list.AddRect(min, max, with_alpha(p.selection, 200), 6.0f * s, 0, 1.5f * s);
        if (scroll_to_selection_) {
            const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight();
            if (min.y < top || max.y > bottom) ImGui::SetScrollHereY(0.5f);
        }
    } else if (hovered && t.tracked()) {
        list.AddRectFilled(min, max, with_alpha(p.hover, 30), 6.0f * s);
    }

    const ImU32 colour = goal_line(plan.goal(n).colour, ctx.theme);  // tick boxes that read on the row
    const ImU32 ink = t.tracked() ? p.cell_text : p.muted_text;
    const float pad = 10.0f * s;
    const float text_y = min.y + (h - ImGui::GetFontSize()) * 0.5f;
    TickLayout ticks;
    ticks.box = ImGui::GetFontSize() * 1.05f;
    ticks.gap = 5.0f * s;
    ticks.origin = ImVec2(min.x + pad, min.y + (h - ticks.box) * 0.5f);
    // The names line up after the widest tick area of the week (not always seven boxes), with room.
    const float ticks_width = static_cast<float>(tick_columns_) * (ticks.box + ticks.gap) + 2.0f * pad;
    const int count = plan.count(week_, n, m);
    const float rounding = 4.0f * s, line = 2.0f * s;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool before_start = week_ < plan.start;
    const bool editable = clicked && !ctx.document.read_only() && !before_start;
    if (clicked) selected_ = row;

    std::string right_text;
    switch (before_start ? TargetKind::None : t.kind) {
        case TargetKind::PerWeek:
        case TargetKind::Once: {
            const int boxes = t.kind == TargetKind::Once ? 1 : t.times;
            const int earlier = t.kind == TargetKind::Once && count == 0 ? done_week(plan, n, m) : 0;
            for (int i = 0; i < std::max(boxes, std::min(count, 7)); ++i) {
                const ImVec2 a = ticks.box_min(i), b(a.x + ticks.box, a.y + ticks.box);
                const bool extra = i >= boxes;  // over the target this week
                if (i < count) {
                    list.AddRectFilled(a, b, extra ? with_alpha(colour, 140) : colour, rounding);
                    draw_check(list, a, ticks.box, text_on(colour), line);
                } else {
                    list.AddRect(a, b, with_alpha(colour, earlier ? 90 : 230), rounding, 0, line * 0.8f);
                    if (earlier) draw_check(list, a, ticks.box, with_alpha(colour, 110), line);
                }
            }
            if (editable) {
                const int hit = ticks.hit(mouse.x, boxes);
                if (hit >= 0) {
                    const int next = count == hit + 1 ? hit : hit + 1;  // clicking the last tick takes it back
                    if (t.kind != TargetKind::Once || earlier == 0 || next == 0)
                        out.edits.push_back(SetCount{week_, n, m, next});
                }
            }
            if (earlier) right_text = std::string(tr(Str::CheckDoneIn, l)) + " · " + format_week({plan.year, earlier});
            else if (t.kind == TargetKind::PerWeek) {
                const ActionStats& a = ctx.stats.action(n, m);
                if (a.streak >= 2) right_text = streak_label(a.streak, a.longest_streak, l);
            }
            break;
        }
        case TargetKind::PerMonth:
        case TargetKind::PerYear: {
            // [−] count [+]
            const ImVec2 minus = ticks.box_min(0), plus = ticks.box_min(2);
            for (const ImVec2 a : {minus, plus}) list.AddRect(a, ImVec2(a.x + ticks.box, a.y + ticks.box), with_alpha(colour, 230), rounding, 0, line * 0.8f);
            const float c = ticks.box * 0.5f, k = ticks.box * 0.25f;
            list.AddLine(ImVec2(minus.x + c - k, minus.y + c), ImVec2(minus.x + c + k, minus.y + c), ink, line);
            list.AddLine(ImVec2(plus.x + c - k, plus.y + c), ImVec2(plus.x + c + k, plus.y + c), ink, line);
            list.AddLine(ImVec2(plus.x + c, plus.y + c - k), ImVec2(plus.x + c, plus.y + c + k), ink, line);
            const std::string number = std::to_string(count);
            const ImVec2 nsize = ImGui::CalcTextSize(number.c_str());
            const ImVec2 mid = ticks.box_min(1);
            list.AddText(ImVec2(mid.x + (ticks.box - nsize.x) * 0.5f, text_y), count > 0 ? p.cell_text : p.muted_text, number.c_str());
            if (editable) {
                const int hit = ticks.hit(mouse.x, 3);
                if (hit == 0) step_count(ctx, n, m, -1, out);
                if (hit == 2) step_count(ctx, n, m, 1, out);
            }
            const RunningTotal total = running_total(plan, week_, n, m);
            right_text = std::string(tr(t.kind == TargetKind::PerMonth ? Str::CheckThisMonth : Str::CheckThisYear, l)) + " " +
                         std::to_string(total.done) + "/" + std::to_string(total.target);
            break;
        }
        case TargetKind::None: right_text = before_start ? "" : tr(Str::CheckNothingToTick, l); break;
    }

    // The action's text, then on the right the running total (or streak) and the target.
    const std::string target = target_label(t, l);
    const float target_w = 70.0f * s;
    const float info_w = right_text.empty() ? 0.0f : ImGui::CalcTextSize(right_text.c_str()).x + pad;
    const float text_x = min.x + ticks_width;
    float text_right = max.x - pad - target_w - info_w;
    const std::string text = action.text.empty() ? cell_hint(CellAddress::act(n, m), l) : to_imgui(action.text);
    // Where the name and the status do not both fit, the status gives way (it shows on hover).
    std::string hidden_status;
    if (!right_text.empty() && text_x + ImGui::CalcTextSize(text.c_str()).x + pad > text_right) {
        hidden_status.swap(right_text);
        text_right = max.x - pad - target_w;
    }
    const std::string shown = fit_line(*ImGui::GetFont(), ImGui::GetFontSize(), text, std::max(0.0f, text_right - text_x - pad));
    list.AddText(ImVec2(text_x, text_y), action.text.empty() ? p.hint_text : ink, shown.c_str());
    if (hovered && (shown != text || !hidden_status.empty()))
        ImGui::SetTooltip("%s%s%s", text.c_str(), hidden_status.empty() ? "" : "\n", hidden_status.c_str());
    if (!right_text.empty()) list.AddText(ImVec2(text_right, text_y), p.muted_text, right_text.c_str());
    const float tw = ImGui::CalcTextSize(target.c_str()).x;
    list.AddText(ImVec2(max.x - pad - tw, text_y), p.muted_text, target.c_str());
}

void CheckInView::draw_side_panel(const ViewContext& ctx, UiOutput& out) {
    const ChartPalette& p = chart_palette(ctx.theme);
    const Language l = ctx.language;
    const Plan& plan = ctx.document.plan();
    const float s = ctx.scale;
    const float width = ImGui::GetContentRegionAvail().x;
    ImDrawList& list = *ImGui::GetWindowDrawList();
    const auto big_number = [&](Str label, const std::optional<double>& value) {
        ImGui::TextDisabled("%s", tr(label, l));
        ImGui::PushFont(ctx.fonts.chart_bold);
        ImGui::TextUnformatted(percent_text(value).c_str());
        ImGui::PopFont();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (value) draw_bar(list, at, ImVec2(at.x + width, at.y + 8.0f * s), *value, with_alpha(p.cell_text, 30), p.selection);
        ImGui::Dummy(ImVec2(width, 14.0f * s));
    };
    const WeekLog* log = plan.week_log(week_);
    const bool skipped = log != nullptr && log->skipped;
    big_number(Str::CheckWeekDone, week_completion(plan, week_));
    big_number(Str::CheckYearToDate, ctx.stats.overall);
    ImGui::Spacing();
    bool skip = skipped;
    const bool before_start = week_ < plan.start;
    ImGui::BeginDisabled(ctx.document.read_only() || before_start);
    if (ImGui::Checkbox(tr(Str::CheckSkip, l), &skip)) out.edits.push_back(SetSkipped{week_, skip});
    ImGui::EndDisabled();
    if (skipped) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", tr(Str::CheckSkippedNote, l));
        ImGui::PopTextWrapPos();
    }
    ImGui::Spacing();
    ImGui::TextUnformatted(tr(Str::CheckNote, l));
    draw_note(ctx, out);
    ImGui::Spacing();
    key_hints(tr(Str::CheckKeysHint, l));
}

void CheckInView::draw_note(const ViewContext& ctx, UiOutput& out) {
    const float s = ctx.scale;
    const ImVec2 size(ImGui::GetContentRegionAvail().x, std::max(120.0f * s, ImGui::GetContentRegionAvail().y - 90.0f * s));
    const bool locked = ctx.document.read_only() || week_ < ctx.document.plan().start;
    if (note_.draw("##week_note", tr(Str::CheckNoteHint, ctx.language), size, locked)) commit_note(ctx, out);
}

void CheckInView::commit_note(const ViewContext& ctx, UiOutput& out) {
    if (ctx.document.read_only() || note_.source() < ctx.document.plan().start) return;
    const WeekLog* log = ctx.document.plan().week_log(note_.source());
    const std::string& saved = log != nullptr ? log->note : std::string{};
    if (note_.text() != saved) out.edits.push_back(SetWeekNote{note_.source(), note_.text()});
}

}  // namespace mandalart::ui
