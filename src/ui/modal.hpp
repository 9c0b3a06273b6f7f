#pragma once
// The app's modal dialogs open the same way: asked for once, centred, sized to their content.
namespace mandalart::ui {

// Opens the modal `id` when `open_request` is set (and clears it), then begins it; true while it
// is open (the caller ends it with ImGui::EndPopup). `stands`: false once the question has been
// answered some other way; the modal then closes.
bool begin_modal(const char* id, bool& open_request, bool stands = true);

}  // namespace mandalart::ui
