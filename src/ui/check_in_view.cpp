#include "ui/check_in_view.hpp"

#include <algorithm>
#include <cstdio>

#include <imgui_stdlib.h>

#include "ui/check_in_status.hpp"
#include "ui/keys.hpp"
#include "ui/text_fit.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "core/labels.hpp"
#include "core/text.hpp"

namespace mandalart::ui {
namespace {

constexpr int kRows = kSubGoals * kActionsPerGoal;
int goal_of(int row) { return row / kActionsPerGoal + 1; }
int action_of(int row) { return row % kActionsPerGoal + 1; }

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
    offered_week_ = 0;
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

bool CheckInView::week_begun(const ViewContext& ctx) const { return week_ <= this_week_of(ctx.document.plan(), ctx.today); }

bool CheckInView::tickable(const ViewContext& ctx, int n, int m) const {
    const Plan& plan = ctx.document.plan();
    return plan.action(n, m).tracked() && !ctx.document.read_only() && week_ >= plan.start_of(n, m) && week_begun(ctx);
}

void CheckInView::step_count(const ViewContext& ctx, int n, int m, int delta, UiOutput& out) {
    const Plan& plan = ctx.document.plan();
    const Target& t = plan.action(n, m).target;
    if (!tickable(ctx, n, m)) return;
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
            else if (first_done_week(plan, n, m) == 0) step_count(ctx, n, m, 1, out);
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
    if (week_ < 1 || week_ > last) {
        // Opened after a week that went by unrecorded: that week first, with a line saying so.
        offered_week_ = missed_week(plan, ctx.today).value_or(0);
        week_ = offered_week_ > 0 ? offered_week_ : current_week(ctx);
    }
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
    ImGui::PushFont(ctx.fonts.chart_bold, kChartFontPx * 0.8f);
    const std::string title = format_week({plan.year, week_}) + "   " + week_range_label({plan.year, week_}, l);
    ImGui::TextUnformatted(title.c_str());
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
    else if (!week_begun(ctx)) draw_future(ctx);
    draw_missed_week(ctx);
    ImGui::Spacing();
}

// One line while the missed week is shown and still empty: what it is, the way on to this week,
// and × to put the line away.
void CheckInView::draw_missed_week(const ViewContext& ctx) {
    const Plan& plan = ctx.document.plan();
    const WeekLog* log = plan.week_log(offered_week_);
    if (offered_week_ == 0 || week_ != offered_week_ || (log != nullptr && !log->empty())) return;
    const Language l = ctx.language;
    char line[256];
    // Every week missed in a row is named (W49–W52), not only the last; the last is shown first.
    const int first = first_missed_week(plan, ctx.today);
    std::snprintf(line, sizeof line, tr(Str::CheckMissedWeekFormat, l),
                  format_week_span(plan.year, first > 0 && first < offered_week_ ? first : offered_week_, offered_week_).c_str());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(line);
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(Str::CheckThisWeek, l))) week_ = current_week(ctx);
    ImGui::SameLine();
    if (ImGui::SmallButton("x##missed")) offered_week_ = 0;
}

// A coming week: what it is and when it opens; its rows show no tick boxes.
void CheckInView::draw_future(const ViewContext& ctx) {
    const Plan& plan = ctx.document.plan();
    char line[256];
    std::snprintf(line, sizeof line, tr(Str::CheckFutureFormat, ctx.language), format_week({plan.year, week_}).c_str(),
                  format_date(monday_of({plan.year, week_})).c_str());
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", line);
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
    const std::string goal_text = plan.goal(n).text;
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

void CheckInView::draw_side_panel(const ViewContext& ctx, UiOutput& out) {
    const ChartPalette& p = chart_palette(ctx.theme);
    const Language l = ctx.language;
    const Plan& plan = ctx.document.plan();
    const float s = ctx.scale;
    const float width = ImGui::GetContentRegionAvail().x;
    ImDrawList& list = *ImGui::GetWindowDrawList();
    const auto big_number = [&](Str label, const std::optional<double>& value) {
        ImGui::TextDisabled("%s", tr(label, l));
        ImGui::PushFont(ctx.fonts.chart_bold, kChartFontPx);
        ImGui::TextUnformatted(percent_text(value).c_str());
        ImGui::PopFont();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (value) draw_bar(list, at, ImVec2(at.x + width, at.y + 8.0f * s), *value, with_alpha(p.cell_text, 30), p.selection);
        ImGui::Dummy(ImVec2(width, 14.0f * s));
    };
    const WeekLog* log = plan.week_log(week_);
    const bool skipped = log != nullptr && log->skipped;
    big_number(week_ == current_week(ctx) ? Str::CheckWeekDone : Str::CheckShownWeekDone, week_completion(plan, week_));
    big_number(Str::CheckYearToDate, ctx.stats.overall);
    ImGui::Spacing();
    bool skip = skipped;
    const bool before_start = week_ < plan.start;
    ImGui::BeginDisabled(ctx.document.read_only() || before_start);
    // The label wraps in a narrow panel (640×480) instead of running off it; clicking it ticks too.
    bool toggled = ImGui::Checkbox("##skip", &skip);
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Str::CheckSkip, l));
    ImGui::PopTextWrapPos();
    if (ImGui::IsItemClicked() && !ctx.document.read_only() && !before_start) {
        skip = !skip;
        toggled = true;
    }
    if (toggled) out.edits.push_back(SetSkipped{week_, skip});
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
    if (note_.text() == saved) return;
    if (note_.amends()) out.amend(SetWeekNote{note_.source(), note_.text()});
    else out.edits.push_back(SetWeekNote{note_.source(), note_.text()});
}

}  // namespace mandalart::ui
