#pragma once
// Editing one cell in place. Enter commits, Shift+Enter breaks the line, Esc cancels,
// Tab / Shift+Tab commit and move on, clicking elsewhere commits. Characters typed while
// the editor is opening are kept, in order, so no keystroke is ever dropped.
#include <string>

#include <imgui.h>

#include "core/address.hpp"

namespace mandalart::ui {

enum class EditorEvent { None, Commit, Cancel, CommitAndNext, CommitAndPrevious };

class CellEditor {
public:
    // Starts editing `cell` with `text`; the caret goes to the end.
    void begin(const CellAddress& cell, std::string text);
    // Adds characters that arrived before the text field took focus (as ImGui queued them).
    void append_pending(const std::string& utf8) { text_ += utf8; }
    bool active() const { return active_; }
    const CellAddress& cell() const { return cell_; }
    // The text as typed (the field holds stand-ins for characters beyond ImGui's 16 bits).
    std::string text() const;

    // Draws the text field over `min`..`max`. On Commit* events text() holds the result;
    // after any event other than None the editor is closed.
    EditorEvent draw(const char* id, ImVec2 min, ImVec2 max, ImFont* font, float font_size);
    void close() { active_ = false; }

private:
    static int on_text_event(ImGuiInputTextCallbackData* data);
    CellAddress cell_;
    std::string text_;
    bool active_ = false;
    bool focused_ = false;       // the field has taken keyboard focus at least once
    bool caret_placed_ = false;  // the caret has been moved to the end
};

}  // namespace mandalart::ui
