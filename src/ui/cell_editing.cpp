#include "ui/cell_editing.hpp"

#include "ui/cell_painter.hpp"
#include "ui/keys.hpp"
#include "ui/text_input.hpp"

namespace mandalart::ui {

void CellEditing::begin(const ViewContext& ctx, const CellAddress& cell, std::string text) {
    if (!ctx.document.read_only()) editor_.begin(cell, std::move(text));
}

void CellEditing::commit(const Document& document, UiOutput& out) const {
    if (document.plan().text_at(editor_.cell()) != editor_.text()) out.edits.push_back(SetText{editor_.cell(), editor_.text()});
}

void CellEditing::handle_keys(const ViewContext& ctx, const CellAddress& selected, UiOutput& out) {
    if (active() || ctx.document.read_only()) return;
    if (enter_pressed() || pressed(Key::F2, false)) {
        begin(ctx, selected, ctx.document.plan().text_at(selected));
    } else if (pressed(Key::Delete, false) || pressed(Key::Backspace, false)) {
        if (!ctx.document.plan().text_at(selected).empty()) out.edits.push_back(SetText{selected, ""});
    } else if (!ImGui::GetIO().InputQueueCharacters.empty() || !composition().empty()) {
        // Typing on a selected cell replaces its text, starting with what was typed (as
        // spreadsheets do); so does the first jamo of a syllable being composed, shown in the cell.
        begin(ctx, selected, "");
    }
}

void CellEditing::clicked(const ViewContext& ctx, const CellAddress& hit, UiOutput& out) {
    if (!active() || hit == editor_.cell()) return;
    commit(ctx.document, out);
    editor_.close();
}

void CellEditing::double_clicked(const ViewContext& ctx, const CellAddress& hit) {
    if (!active()) begin(ctx, hit, ctx.document.plan().text_at(hit));
}

EditorEvent CellEditing::draw(const ViewContext& ctx, const char* id, ImVec2 min, ImVec2 max, float font_size, UiOutput& out) {
    if (!active()) return EditorEvent::None;
    const CellLook look = cell_look(ctx, editor_.cell());
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::ColorConvertU32ToFloat4(look.fill));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(look.text));
    const EditorEvent event = editor_.draw(id, min, max, look.font, font_size);
    ImGui::PopStyleColor(2);
    if (event == EditorEvent::Commit || event == EditorEvent::CommitAndNext || event == EditorEvent::CommitAndPrevious)
        commit(ctx.document, out);
    return event;
}

void CellEditing::finish(const Document& document, UiOutput& out) {
    if (!active()) return;
    commit(document, out);
    editor_.close();
}

}  // namespace mandalart::ui
