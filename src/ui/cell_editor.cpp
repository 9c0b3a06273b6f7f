#include "ui/cell_editor.hpp"

#include <imgui_stdlib.h>

#include "core/text.hpp"
#include "ui/fonts.hpp"
#include "ui/keys.hpp"
#include "ui/text_input.hpp"

namespace mandalart::ui {
namespace {

std::string take_queued_characters() {
    ImGuiIO& io = ImGui::GetIO();
    std::string utf8;
    for (const ImWchar c : io.InputQueueCharacters) {
        append_utf8(utf8, c);
    }
    io.InputQueueCharacters.resize(0);
    return utf8;
}

}  // namespace

void CellEditor::begin(const CellAddress& cell, std::string text) {
    cell_ = cell;
    text_ = text;
    active_ = true;
    focused_ = false;
    caret_placed_ = false;
}

std::string CellEditor::text() const { return text_; }

int CellEditor::on_text_event(ImGuiInputTextCallbackData* data) {
    auto* self = static_cast<CellEditor*>(data->UserData);
    if (!self->caret_placed_) {
        data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
        self->caret_placed_ = true;
    }
    return caret_apart(data);
}

EditorEvent CellEditor::draw(const char* id, ImVec2 min, ImVec2 max, ImFont* font, float font_size) {
    if (!active_) return EditorEvent::None;
    ImGuiIO& io = ImGui::GetIO();
    const bool enter_now = enter_pressed();
    if (pressed(Key::Escape, false)) {
        active_ = false;
        return EditorEvent::Cancel;
    }
    if (focused_ && pressed(Key::Tab, false)) {
        active_ = false;
        return io.KeyShift ? EditorEvent::CommitAndPrevious : EditorEvent::CommitAndNext;
    }
    // Until the field has focus, ImGui would drop typed characters: keep them ourselves.
    if (!focused_) text_ += take_queued_characters();

    ImGui::SetCursorScreenPos(min);
    push_font_px(font, font_size);
    ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, true);  // Tab belongs to the chart, not ImGui's focus cycling
    if (!focused_) ImGui::SetKeyboardFocusHere();
    // ImGui's multiline field inserts a line on Ctrl+Enter when CtrlEnterForNewLine is set;
    // present Shift+Enter to it as Ctrl+Enter so Shift+Enter breaks the line and Enter commits.
    const bool saved_ctrl = io.KeyCtrl;
    const ImGuiKeyChord saved_mods = io.KeyMods;
    if (io.KeyShift && enter_now) {
        io.KeyCtrl = true;
        io.KeyMods |= ImGuiMod_Ctrl;  // ImGui checks that the two agree
    }
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CtrlEnterForNewLine |
                                      ImGuiInputTextFlags_CallbackAlways;  // follows the caret past the cell's edge
    const bool entered = ImGui::InputTextMultiline(id, &text_, ImVec2(max.x - min.x, max.y - min.y), flags,
                                                   &CellEditor::on_text_event, this);
    io.KeyCtrl = saved_ctrl;
    io.KeyMods = saved_mods;
    const bool is_active = ImGui::IsItemActive();
    const bool deactivated = ImGui::IsItemDeactivated();
    if (is_active) {
        text_field_input();
    } else if (!focused_) {  // opened by a composition: show it before the field has focus
        const ImVec2 padding = ImGui::GetStyle().FramePadding;
        const ImVec2 at(min.x + padding.x, min.y + padding.y);
        want_text_input(at, font_size);
        draw_composition(*ImGui::GetWindowDrawList(), at, font, font_size, ImGui::GetColorU32(ImGuiCol_Text), field_background());
    }
    ImGui::PopItemFlag();
    ImGui::PopFont();

    if (is_active) focused_ = true;
    if (entered || (focused_ && (deactivated || !is_active))) {
        active_ = false;
        return EditorEvent::Commit;
    }
    return EditorEvent::None;
}

}  // namespace mandalart::ui
