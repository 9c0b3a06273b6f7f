#pragma once
// The app's modal dialogs open the same way: asked for once, centred, sized to their content;
// their text wraps at one width and their buttons hand back commands.
#include "ui/ui_output.hpp"

namespace mandalart::ui {

// Opens the modal `id` when `open_request` is set (and clears it), then begins it; true while it
// is open (the caller ends it with ImGui::EndPopup). `stands`: false once the question has been
// answered some other way; the modal then closes.
bool begin_modal(const char* id, bool& open_request, bool stands = true);

// Where a prompt's text wraps: 34 em, or less in a small window.
float wrap_width();
// Puts the next button beside the last one when it fits in the prompt's width, else below it.
void beside_if_fits(const char* next_label);
// A button that hands back `command` and closes the prompt; `target` names it for tests.
void choice(const char* label, AppCommand command, UiOutput& out, const char* target = nullptr);

}  // namespace mandalart::ui
