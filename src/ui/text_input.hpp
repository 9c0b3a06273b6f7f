#pragma once
// What the UI and the input method say to each other, through the platform layer, once a frame.
// In: the text being composed (a Hangul syllable before it is committed, a Japanese reading),
// which ImGui 1.86 has no notion of. Out: whether the focused place takes text (a selected
// chart cell, a text field) and where its caret is on screen, so the input method is focused
// only there and puts its candidate window at the caret. Committed text and keys arrive as
// ImGui input, in the order the input method meant them (platform/input_queue).
#include <string>

#include <imgui.h>

namespace mandalart::ui {

struct Composition {
    std::string text;  // UTF-8; empty when nothing is being composed
    int caret = 0;     // bytes into text
    bool empty() const { return text.empty(); }
};

struct TextInputRequest {
    bool wanted = false;  // the focused place takes text: the input method is focused
    ImVec2 caret{0, 0};   // top of the caret, window coordinates
    float height = 0.0f;  // of the caret's line
    bool operator==(const TextInputRequest&) const = default;
};

// What the input method types now, as it reports it: its own script (한) or Latin letters (A).
enum class InputMode { Unknown, Native, Latin };

struct TextInputState {
    Composition composition;   // set by the platform before a frame
    InputMode mode = InputMode::Unknown;  // set by the platform before a frame
    TextInputRequest request;  // set by the views during a frame, read after it
};

// The one state of this process's UI (as ImGui's own IO is).
TextInputState& text_input();
const Composition& composition();

// The focused place takes text; the caret is at `caret`, `height` tall.
void want_text_input(ImVec2 caret, float height);
// Called right after an ImGui text field: when it is being typed in, it takes text and the
// composition is drawn at its caret, underlined, on the field's background, in its font.
void text_field_input();
// For a text field's ImGuiInputTextFlags_CallbackAlways: hides ImGui's caret, which touches the
// glyph before it ("자|" reads as "재"); text_field_input() then draws one a little apart.
int caret_apart(ImGuiInputTextCallbackData* data);
// The current text field's background as drawn (a see-through frame colour over the window's),
// opaque, so that what the composition covers does not show through it.
ImU32 field_background();
// Draws `composition` at `at` (top-left, the caret's top) on `list`, underlined, on `background`.
void draw_composition(ImDrawList& list, ImVec2 at, ImFont* font, float size, ImU32 text, ImU32 background);

}  // namespace mandalart::ui
