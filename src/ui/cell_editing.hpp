#pragma once
// Editing cells in place, as the chart and the focus view both do: Enter or F2 edits the selected
// cell, Delete clears it, typing (or the first jamo of a syllable) replaces it, a double click
// edits, a click elsewhere commits; the open edit is drawn in the cell's own look and handed back
// as a SetText edit when the user commits it.
#include <imgui.h>

#include "core/address.hpp"
#include "ui/cell_editor.hpp"
#include "ui/ui_output.hpp"
#include "ui/view_context.hpp"

namespace mandalart::ui {

class CellEditing {
public:
    bool active() const { return editor_.active(); }
    const CellEditor& editor() const { return editor_; }
    const CellAddress& cell() const { return editor_.cell(); }

    // The keys on the selected cell while no edit is open.
    void handle_keys(const ViewContext& ctx, const CellAddress& selected, UiOutput& out);
    // A click on `hit` commits an edit open in another cell.
    void clicked(const ViewContext& ctx, const CellAddress& hit, UiOutput& out);
    // A double click on `hit` edits it (unless an edit is open or the plan is read-only).
    void double_clicked(const ViewContext& ctx, const CellAddress& hit);
    // Draws the open edit over min..max; a commit becomes an edit in `out`. Returns what the user did.
    EditorEvent draw(const ViewContext& ctx, const char* id, ImVec2 min, ImVec2 max, float font_size, UiOutput& out);
    // Ends the edit, keeping its text (before saving or quitting, or when the view closes).
    void finish(const Document& document, UiOutput& out);
    void close() { editor_.close(); }

private:
    void begin(const ViewContext& ctx, const CellAddress& cell, std::string text);
    void commit(const Document& document, UiOutput& out) const;
    CellEditor editor_;
};

}  // namespace mandalart::ui
