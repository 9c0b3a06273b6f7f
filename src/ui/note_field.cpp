#include "ui/note_field.hpp"

#include <imgui_stdlib.h>

#include "ui/keys.hpp"
#include "ui/text_input.hpp"

namespace mandalart::ui {

void NoteField::follow(const std::string& saved, int source, std::uint64_t revision) {
    if (active_ || (source_ == source && revision_ == revision)) return;
    text_ = saved;
    source_ = source;
    revision_ = revision;
}

std::string NoteField::text() const { return text_; }

// Before the field: takes the keyboard when asked to; true when Esc is leaving the field.
bool NoteField::begin_typing() {
    if (focus_) {
        ImGui::SetKeyboardFocusHere();
        focus_ = false;
    }
    return active_ && pressed(Key::Escape, false);
}

// After the field: Esc keeps what was typed (ImGui's own Esc would revert it); the text is to be
// committed when the field is left, or after a 1 s pause in typing.
bool NoteField::finish(const std::string& typed, bool leaving, bool read_only) {
    if (!read_only) text_field_input();
    if (leaving) text_ = typed;
    active_ = ImGui::IsItemActive();
    const bool paused = active_ && ImGui::GetTime() - typed_at_ > 1.0;
    const bool commit = !read_only && (ImGui::IsItemDeactivated() || leaving || paused);
    if (commit) {
        amends_ = committed_;
        committed_ = active_ && !leaving;  // typing goes on: the next commit continues this one
    }
    return commit;
}

bool NoteField::draw(const char* id, const char* hint, ImVec2 size, bool read_only) {
    const bool leaving = begin_typing();
    const std::string typed = text_;
    const bool overlay = !active_;
    if (overlay) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
    const ImGuiInputTextFlags flags = read_only ? ImGuiInputTextFlags_ReadOnly : ImGuiInputTextFlags_CallbackAlways;
    if (ImGui::InputTextMultiline(id, &text_, size, flags, read_only ? nullptr : &caret_apart)) typed_at_ = ImGui::GetTime();
    if (overlay) ImGui::PopStyleColor();
    const bool commit = finish(typed, leaving, read_only);
    if (overlay) {  // drawn wrapped while not typed in
        const ImVec2 at = ImGui::GetItemRectMin(), end = ImGui::GetItemRectMax();
        const ImGuiStyle& style = ImGui::GetStyle();
        const ImVec2 pos(at.x + style.FramePadding.x, at.y + style.FramePadding.y);
        ImDrawList& list = *ImGui::GetWindowDrawList();
        list.PushClipRect(at, end, true);
        if (text_.empty()) list.AddText(pos, ImGui::GetColorU32(ImGuiCol_TextDisabled), hint);
        else
            list.AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, ImGui::GetColorU32(ImGuiCol_Text), text_.c_str(), nullptr,
                         end.x - pos.x - style.FramePadding.x);
        list.PopClipRect();
    }
    return commit;
}

bool NoteField::draw_line(const char* id, const char* hint, float width, bool read_only) {
    const bool leaving = begin_typing();
    const std::string typed = text_;
    ImGui::SetNextItemWidth(width);
    const ImGuiInputTextFlags flags = read_only ? ImGuiInputTextFlags_ReadOnly : ImGuiInputTextFlags_CallbackAlways;
    if (ImGui::InputTextWithHint(id, hint, &text_, flags, read_only ? nullptr : &caret_apart)) typed_at_ = ImGui::GetTime();
    return finish(typed, leaving, read_only);
}

}  // namespace mandalart::ui
