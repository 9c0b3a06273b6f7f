#pragma once
// The input method's mode where the user types: a small 한 or A just below the edit caret, so that
// a note begun after Esc (ibus-hangul's own default switches to Latin there) shows which letters
// it will get before the first one appears. Drawn only where the UI takes text and the input
// method has said its mode (platform/input_layer); nothing without an input method.
#include <imgui.h>
#include <imgui_internal.h>

#include "ui/text_input.hpp"

namespace mandalart::ui {

// Draws the badge for `mode` by the caret `request` names, on `list`, kept inside `bounds`.
// Returns where it went (an empty rect when nothing was drawn).
ImRect draw_input_mode_badge(ImDrawList& list, const TextInputRequest& request, InputMode mode, ImFont* font,
                             const ImRect& bounds);

}  // namespace mandalart::ui
