#pragma once
// The 9×9 chart: draws every cell from the document, and turns mouse and keyboard into
// selection moves, in-place edits (returned as Edits) and commands (focus view).
#include "core/layout.hpp"
#include "ui/cell_editing.hpp"
#include "ui/cell_painter.hpp"
#include "ui/chart_geometry.hpp"
#include "ui/ui_output.hpp"
#include "ui/view_context.hpp"

namespace mandalart::ui {

class ChartView {
public:
    // Draws into the current window's remaining content region.
    // `keyboard` is false while a menu, popup or dialog owns the keyboard.
    void draw(const ViewContext& ctx, bool keyboard, UiOutput& out);

    GridPos selection() const { return selection_; }
    void select(GridPos p) { selection_ = p; }
    bool editing() const { return editing_.active(); }
    const CellEditor& editor() const { return editing_.editor(); }
    // Ends an edit in progress, keeping its text (before saving or quitting).
    void finish_edit(const Document& document, UiOutput& out) { editing_.finish(document, out); }
    const ChartGeometry& geometry() const { return geometry_; }
    const CellPainter& painter() const { return painter_; }
    // The sub-goal whose block holds `p` (0 for the core goal).
    static int sub_goal_of(GridPos p);

private:
    void handle_keyboard(const ViewContext& ctx, UiOutput& out);
    void handle_mouse(const ViewContext& ctx, UiOutput& out);
    void draw_blocks(ImDrawList& list, const ViewContext& ctx, UiOutput& out);
    void draw_editor(const ViewContext& ctx, UiOutput& out);
    void move_in_filling_order(int step);

    GridPos selection_{4, 4};
    CellEditing editing_;
    CellPainter painter_;
    ChartGeometry geometry_;
};

}  // namespace mandalart::ui
