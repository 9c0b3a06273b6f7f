#include "ui/text_input.hpp"

#include <algorithm>
#include <cmath>

#include <imgui_internal.h>

namespace mandalart::ui {

TextInputState& text_input() {
    static TextInputState state;
    return state;
}

const Composition& composition() { return text_input().composition; }

void want_text_input(ImVec2 caret, float height) {
    TextInputRequest& r = text_input().request;
    r.wanted = true;
    r.caret = caret;
    r.height = height;
}

namespace {

struct CaretState {
    int frame = -1;        // the frame in which ImGui's caret was hidden
    int position = -1;     // where the caret was, to restart the blink when it moves
    int length = -1;
    double moved_at = 0.0;
};

CaretState& caret_state() {
    static CaretState state;
    return state;
}

// Our caret, a little apart from the glyph before it, blinking like ImGui's.
void draw_caret_apart(ImDrawList& list, ImVec2 caret, float height) {
    const CaretState& c = caret_state();
    if (c.frame != ImGui::GetFrameCount() || !composition().empty()) return;
    const double since = ImGui::GetTime() - c.moved_at;
    if (ImGui::GetIO().ConfigInputTextCursorBlink && std::fmod(since, 1.2) > 0.8) return;
    const float gap = std::max(1.0f, std::round(height / 14.0f));
    const float x = std::floor(caret.x + gap);
    list.AddRectFilled(ImVec2(x, caret.y), ImVec2(x + 1.0f, caret.y + height), ImGui::GetColorU32(ImGuiCol_Text));
}

}  // namespace

int caret_apart(ImGuiInputTextCallbackData* data) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    g.InputTextState.CursorAnim = 1.0f;  // in ImGui's "off" phase: it draws no caret this frame
    CaretState& c = caret_state();
    if (data->CursorPos != c.position || data->BufTextLen != c.length) {
        c.position = data->CursorPos;
        c.length = data->BufTextLen;
        c.moved_at = ImGui::GetTime();
    }
    c.frame = ImGui::GetFrameCount();
    return 0;
}

void text_field_input() {
    if (!ImGui::IsItemActive()) return;
    // ImGui's IME data for this frame says where the active field drew its caret (one pixel left
    // of it, at the top of its line), as it would tell the system's input method.
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    ImVec2 caret = g.PlatformImeData.WantVisible ? g.PlatformImeData.InputPos : ImGui::GetItemRectMin();
    caret.x += 1.0f;
    want_text_input(caret, ImGui::GetFontSize());
    // Over the field's own drawing: a multi-line field draws in a child window, which would
    // otherwise cover the composition with its caret and the text after it.
    ImDrawList& list = *ImGui::GetForegroundDrawList();
    list.PushClipRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), true);
    draw_composition(list, caret, ImGui::GetFont(), ImGui::GetFontSize(), ImGui::GetColorU32(ImGuiCol_Text), field_background());
    draw_caret_apart(list, caret, ImGui::GetFontSize());
    list.PopClipRect();
}

ImU32 field_background() {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec4 frame = style.Colors[ImGuiCol_FrameBg], window = style.Colors[ImGuiCol_WindowBg];
    const float a = frame.w;
    return ImGui::ColorConvertFloat4ToU32(ImVec4(window.x + (frame.x - window.x) * a, window.y + (frame.y - window.y) * a,
                                                 window.z + (frame.z - window.z) * a, 1.0f));
}

void draw_composition(ImDrawList& list, ImVec2 at, ImFont* font, float size, ImU32 text, ImU32 background) {
    const Composition& c = composition();
    if (c.empty()) return;
    const char* begin = c.text.c_str();
    const char* end = begin + c.text.size();
    const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, begin, end);
    // Cover what the field drew under it (its caret, text after the caret), as the
    // composition sits at the caret until it is committed.
    list.AddRectFilled(ImVec2(at.x - 1.0f, at.y), ImVec2(at.x + extent.x + 2.0f, at.y + size), background);
    list.AddText(font, size, at, text, begin, end);
    const float underline = at.y + size - 1.0f;
    list.AddLine(ImVec2(at.x, underline), ImVec2(at.x + extent.x, underline), text, std::max(1.0f, size / 14.0f));
    // The input method's own caret inside the composition (Japanese and Chinese move it).
    const int caret = std::clamp(c.caret, 0, static_cast<int>(c.text.size()));
    if (caret < static_cast<int>(c.text.size())) {
        const float x = at.x + font->CalcTextSizeA(size, FLT_MAX, 0.0f, begin, begin + caret).x;
        list.AddLine(ImVec2(x, at.y), ImVec2(x, at.y + size), text, 1.0f);
    }
}

}  // namespace mandalart::ui
