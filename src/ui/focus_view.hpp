#pragma once
// One sub-goal large: its 3×3 block on the left (edited in place like the chart), and beside
// it the sub-goal's colour and each action's target, start and note. Esc returns to the 9×9.
// By keyboard, Tab goes through the nine cells and then down the panel (the sub-goal's colour, then
// each action's target kind, times and start); arrows change the control Tab is on, Enter or Esc
// go back to its cell.
#include <array>
#include <string>
#include <vector>

#include "ui/cell_editing.hpp"
#include "ui/cell_painter.hpp"
#include "ui/note_field.hpp"
#include "ui/ui_output.hpp"
#include "ui/view_context.hpp"

namespace mandalart::ui {

class FocusView {
public:
    void open(int sub_goal);
    int sub_goal() const { return sub_goal_; }
    void draw(const ViewContext& ctx, bool keyboard, UiOutput& out);
    bool editing() const { return editing_.active(); }
    // Ends an edit in progress, keeping its text (before saving or quitting).
    void finish_edit(const Document& document, UiOutput& out);
    // 0 = the sub-goal in the centre, 1..8 = its actions.
    int selection() const { return selection_; }
    // Where action m's note field was drawn last frame (its centre).
    ImVec2 note_centre(int m) const { return note_centres_[static_cast<std::size_t>(m - 1)]; }

    // Where Tab is: a cell, or one of the selected cell's controls in the panel.
    enum class Field { Cell, Colour, Kind, Times, Start };
    Field field() const { return field_; }

private:
    struct Stop {
        int cell;
        Field field;
    };
    std::vector<Stop> tab_stops(const Plan& plan) const;
    void tab(const Plan& plan, int step);
    // Left/Down -1, Right/Up +1 on the control Tab is on.
    void step_field(const ViewContext& ctx, int delta, UiOutput& out);
    // Draws the keyboard's outline around the last item when Tab is on `field` of cell `cell`.
    void outline_if(const ViewContext& ctx, Field field, int cell) const;
    void draw_start_row(const ViewContext& ctx, int m, UiOutput& out);
    CellAddress address_of(int neighbour) const;
    void handle_keyboard(const ViewContext& ctx, UiOutput& out);
    // `typing_edits`: the selected cell has the keyboard, and typing starts an edit there.
    void draw_block(const ViewContext& ctx, ImVec2 min, ImVec2 size, bool typing_edits, UiOutput& out);
    void draw_details(const ViewContext& ctx, UiOutput& out);
    void draw_action_row(const ViewContext& ctx, int m, UiOutput& out);

    int sub_goal_ = 1;
    int selection_ = 0;
    CellEditing editing_;
    CellPainter painter_;
    std::array<NoteField, 8> notes_;  // the actions' notes
    std::array<ImVec2, 8> note_centres_{};
    float colour_[3] = {0, 0, 0};
    bool colour_editing_ = false;
    Field field_ = Field::Cell;
};

}  // namespace mandalart::ui
