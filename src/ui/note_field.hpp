#pragma once
// A text field for notes and reflections (multi-line, or one line for an action's note). It follows the document until typed in;
// while not typed in it is drawn wrapped (ImGui 1.86's multi-line field cannot wrap); Esc
// leaves it keeping what was typed (ImGui's own Esc would revert it); and it asks to be saved
// when left and after a 1 s pause in typing, so a crash loses little.
#include <cstdint>
#include <string>

#include <imgui.h>

namespace mandalart::ui {

class NoteField {
public:
    // Shows `saved` (what the document holds for `source`, e.g. a week or a sub-goal, at
    // `revision`) unless the field is being typed in.
    void follow(const std::string& saved, int source, std::uint64_t revision);
    // Draws the field; returns true when its text should be committed now.
    bool draw(const char* id, const char* hint, ImVec2 size, bool read_only);
    // The same as one line `width` wide (Enter leaves it).
    bool draw_line(const char* id, const char* hint, float width, bool read_only);
    void focus() { focus_ = true; }
    void forget() { revision_ = ~0ull; active_ = false; }

    // The text as typed (the field holds stand-ins for characters beyond ImGui's 16 bits).
    std::string text() const;
    int source() const { return source_; }
    // Whether the commit draw() just asked for continues one made at a pause while the same
    // typing went on: the view hands it back as an amend (one undo step for the whole edit).
    bool amends() const { return amends_; }
    bool active() const { return active_; }

private:
    bool begin_typing();
    bool finish(const std::string& typed, bool leaving, bool read_only);
    std::string text_;
    int source_ = -1;
    std::uint64_t revision_ = ~0ull;
    bool active_ = false;
    bool focus_ = false;
    double typed_at_ = 0.0;  // ImGui time of the last keystroke
    bool committed_ = false; // committed at a pause while this typing goes on
    bool amends_ = false;
};

}  // namespace mandalart::ui
