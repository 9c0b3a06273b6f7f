#pragma once
// The 9×9 chart: draws every cell from the document, and turns mouse and keyboard into
// selection moves, in-place edits (returned as Edits) and commands (focus view).
#include "core/layout.hpp"
#include "ui/cell_editor.hpp"
#include "ui/cell_painter.hpp"
#include "ui/chart_geometry.hpp"
#include "ui/ui_output.hpp"
#include "ui/view_context.hpp"

namespace mandalart::ui {

// Ends `editor`'s edit, keeping its text (before saving or quitting).
void finish_edit(const Document& document, CellEditor& editor, UiOutput& out);

class ChartView {
public:
    // Draws into the current window's remaining content region.
    // `keyboard` is false while a menu, popup or dialog owns the keyboard.
    void draw(const ViewContext& ctx, bool keyboard, UiOutput& out);

    GridPos selection() const { return selection_; }
    void select(GridPos p) { selection_ = p; }
    bool editing() const { return editor_.active(); }
    const CellEditor& editor() const { return editor_; }
    // Ends an edit in progress, keeping its text (before saving or quitting).
    void finish_edit(const Document& document, UiOutput& out) { ui::finish_edit(document, editor_, out); }
    const ChartGeometry& geometry() const { return geometry_; }
    const CellPainter& painter() const { return painter_; }
    // The sub-goal whose block holds `p` (0 for the core goal).
    static int sub_goal_of(GridPos p);

private:
    void handle_keyboard(const ViewContext& ctx, UiOutput& out);
    void handle_mouse(const ViewContext& ctx, UiOutput& out);
    void draw_blocks(ImDrawList& list, const ViewContext& ctx, UiOutput& out);
    void draw_editor(const ViewContext& ctx, UiOutput& out);
    void start_edit(const ViewContext& ctx, std::string text);
    void move_in_filling_order(int step);

    GridPos selection_{4, 4};
    CellEditor editor_;
    CellPainter painter_;
    ChartGeometry geometry_;
};

// Commits the editor's text as an edit when it differs from the plan.
void commit_text(const Document& document, const CellEditor& editor, UiOutput& out);

}  // namespace mandalart::ui
