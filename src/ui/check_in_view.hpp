#pragma once
// The weekly check-in: one ISO week of the plan, its 64 actions grouped under their sub-goals
// with tick boxes or counts, the week's note and skip switch, and the week's and the year's
// completion. Only written actions have rows; weeks before the plan's start owe nothing and are
// shown as such. Driven by the keyboard: ↑/↓ move, Space ticks (and cycles back to 0), +/- count,
// N note, S skip, ←/→ weeks.
#include <string>
#include <vector>

#include <imgui.h>

#include "core/plan.hpp"
#include "ui/note_field.hpp"
#include "ui/ui_output.hpp"
#include "ui/view_context.hpp"

namespace mandalart::ui {

class CheckInView {
public:
    void draw(const ViewContext& ctx, bool keyboard, UiOutput& out);
    // The week shown (1..53 of the plan's year); 0 until first drawn (then the current week, or
    // the week before when it went by with nothing recorded).
    int week() const { return week_; }
    // The unrecorded week offered when the tab opened, while the line about it shows (else 0).
    int offered_week() const { return offered_week_; }
    void show_week(int week) { week_ = week; }
    // The selected action, as a filling-order index 0..63 (n-1)*8 + (m-1).
    int selected() const { return selected_; }
    bool editing_note() const { return note_.active(); }
    // The rows drawn in the last frame (filling-order indices): the written actions.
    const std::vector<int>& rows() const { return rows_; }
    // Forget the week (another plan was opened).
    void reset();
    // The filling-order index of action N.M.
    static int row_of(int n, int m) { return (n - 1) * kActionsPerGoal + (m - 1); }

private:
    int current_week(const ViewContext& ctx) const;
    void handle_keyboard(const ViewContext& ctx, UiOutput& out);
    void move_selection(const ViewContext& ctx, int step);
    void step_count(const ViewContext& ctx, int n, int m, int delta, UiOutput& out);
    // Whether the week shown has begun (a coming week is shown, never ticked).
    bool week_begun(const ViewContext& ctx) const;
    // Whether action N.M can be ticked in the week shown: written, begun, not before its start.
    bool tickable(const ViewContext& ctx, int n, int m) const;
    void draw_future(const ViewContext& ctx);
    void tick_next(const ViewContext& ctx, int n, int m, UiOutput& out);
    void draw_header(const ViewContext& ctx, UiOutput& out);
    void draw_before_start(const ViewContext& ctx, UiOutput& out);
    void draw_missed_week(const ViewContext& ctx);
    void draw_list(const ViewContext& ctx, UiOutput& out);
    void draw_goal_header(const ViewContext& ctx, int n, float width);
    // ---- one action's row (check_in_row.cpp): tick boxes or a counter, the name, the status
    struct RowArea;
    void draw_action_row(const ViewContext& ctx, int n, int m, float width, UiOutput& out);
    void draw_row_background(const ViewContext& ctx, const RowArea& area, bool selected, bool hovered);
    void draw_tick_boxes(const ViewContext& ctx, const RowArea& area, int n, int m, bool clicked, UiOutput& out);
    void draw_counter(const ViewContext& ctx, const RowArea& area, int n, int m, bool clicked, UiOutput& out);
    void draw_row_text(const ViewContext& ctx, const RowArea& area, int n, int m, bool hovered);
    void draw_side_panel(const ViewContext& ctx, UiOutput& out);
    void draw_note(const ViewContext& ctx, UiOutput& out);
    void commit_note(const ViewContext& ctx, UiOutput& out);

    int week_ = 0;
    int offered_week_ = 0;  // a week that went by unrecorded, shown first when the tab opened (0: none)
    int selected_ = 0;
    std::vector<int> rows_;
    int tick_columns_ = 7;  // the widest tick area among the rows shown
    bool scroll_to_selection_ = false;
    NoteField note_;  // the week's note; its source is the week it belongs to
};

}  // namespace mandalart::ui
