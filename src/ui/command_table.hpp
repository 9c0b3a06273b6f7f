#pragma once
// One table of the app's commands: what each is called and which keys run it. Key handling, the
// menus and the F1 list all read it, so a shortcut is written in one place.
#include <span>
#include <string>

#include "ui/app_command.hpp"
#include "ui/keys.hpp"
#include "ui/strings.hpp"
#include "ui/ui_output.hpp"

namespace mandalart::ui {

// A key with its modifiers. Ctrl shortcuts never take Alt.
struct Chord {
    Key key = Key::Unknown;
    bool ctrl = true;
    bool shift = false;
    bool operator==(const Chord&) const = default;
};

struct CommandEntry {
    AppCommand command;
    Str label;              // the menu's words for it (and the F1 list's)
    Chord chord{};          // Key::Unknown: no shortcut
    Chord also[3]{};        // more keys for the same command, not shown (Ctrl+Y, the keypad's +)
    bool in_text = true;    // false: inside a text field these keys belong to the field (Ctrl+Z)
};

std::span<const CommandEntry> command_table();
// The entry for a command (whatever it carries); nullptr when the table has none.
const CommandEntry* command_entry(const AppCommand& command);
// "Ctrl+Shift+S", "F1"; empty for no key.
std::string chord_label(const Chord& chord);
// The chord was pressed this frame (Enter: either Enter key).
bool chord_pressed(const Chord& chord);
// Every key of the table pressed this frame becomes its command. `typing`: a text field has the keys.
void handle_shortcuts(bool typing, UiOutput& out);

// Keys the views handle themselves, named here so that the menus and the F1 list show the keys
// the views read.
inline constexpr Chord kFocusChord{Key::Enter, true, false};   // the chart: the selected sub-goal, large
inline constexpr Chord kBackChord{Key::Escape, false, false};  // the focus view: back to the chart
struct ViewKey {
    Chord chord;
    Str meaning;
};
inline constexpr ViewKey kViewKeys[] = {{kFocusChord, Str::KeyFocus}, {kBackChord, Str::KeyBack}};

}  // namespace mandalart::ui
