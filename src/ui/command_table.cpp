#include "ui/command_table.hpp"

#include <array>

namespace mandalart::ui {
namespace {

constexpr Chord ctrl(Key key) { return {key, true, false}; }
constexpr Chord ctrl_shift(Key key) { return {key, true, true}; }

const std::array<CommandEntry, 25>& table() {
    static const std::array<CommandEntry, 25> entries{{
        {cmd::New{}, Str::MenuNew, ctrl(Key::N)},
        {cmd::Open{}, Str::MenuOpen, ctrl(Key::O)},
        {cmd::Save{}, Str::MenuSave, ctrl(Key::S)},
        {cmd::SaveAs{}, Str::MenuSaveAs, ctrl_shift(Key::S)},
        {cmd::ShowRestore{}, Str::MenuRestore},
        {cmd::ShowPlanSettings{}, Str::MenuPlanSettings},
        {cmd::AskExportRetrospective{}, Str::MenuExportRetrospective},
        {cmd::AskExportImage{}, Str::MenuExportImage},
        {cmd::AskExportPdf{}, Str::MenuExportPdf, ctrl(Key::P)},
        {cmd::AskExportCalendar{}, Str::MenuExportCalendar},
        {cmd::NextYearPlan{}, Str::MenuNextYear},
        {cmd::Quit{}, Str::MenuQuit, ctrl(Key::Q)},
        {cmd::Undo{}, Str::MenuUndo, ctrl(Key::Z), {}, false},
        {cmd::Redo{}, Str::MenuRedo, ctrl_shift(Key::Z), {ctrl(Key::Y)}, false},
        {cmd::ShowConflicts{}, Str::MenuConflicts},
        {cmd::ShowChart{}, Str::MenuChart, ctrl(Key::Num1)},
        {cmd::ShowCheckIn{}, Str::MenuCheckIn, ctrl(Key::Num2)},
        {cmd::ShowReview{}, Str::MenuReview, ctrl(Key::Num3)},
        {cmd::ToggleProgress{}, Str::MenuShowProgress, ctrl_shift(Key::P)},
        {cmd::ToggleTargets{}, Str::MenuShowTargets, ctrl_shift(Key::T)},
        {cmd::ZoomIn{}, Str::MenuZoomIn, ctrl(Key::Equal), {ctrl_shift(Key::Equal), ctrl(Key::KeypadAdd)}},
        {cmd::ZoomOut{}, Str::MenuZoomOut, ctrl(Key::Minus), {ctrl(Key::KeypadSubtract)}},
        {cmd::ZoomReset{}, Str::MenuZoomReset, ctrl(Key::Num0), {ctrl(Key::Keypad0)}},
        {cmd::ShowKeys{}, Str::MenuKeys, {Key::F1, false, false}},
        {cmd::ShowReminder{}, Str::MenuReminder},
    }};
    return entries;
}

std::string key_name(Key key) {
    const int k = key_index(key);
    if (k > ' ' && k < 127) return std::string(1, static_cast<char>(k));
    if (key >= Key::F1 && key <= Key::F12) return "F" + std::to_string(k - key_index(Key::F1) + 1);
    switch (key) {
        case Key::Enter: return "Enter";
        case Key::Escape: return "Esc";
        case Key::Space: return "Space";
        case Key::Tab: return "Tab";
        case Key::Delete: return "Delete";
        case Key::KeypadAdd: return "Keypad +";
        case Key::KeypadSubtract: return "Keypad -";
        case Key::Keypad0: return "Keypad 0";
        default: return "?";
    }
}

}  // namespace

bool chord_pressed(const Chord& chord) {
    const bool down = chord.key == Key::Enter ? enter_pressed() : chord.key != Key::Unknown && pressed(chord.key, false);
    if (!down) return false;
    if (!chord.ctrl) return !ui::ctrl() && !alt();
    return ui::ctrl() && !alt() && shift() == chord.shift;
}

std::span<const CommandEntry> command_table() { return table(); }

const CommandEntry* command_entry(const AppCommand& command) {
    for (const CommandEntry& entry : table())
        if (same_command(entry.command, command)) return &entry;
    return nullptr;
}

std::string chord_label(const Chord& chord) {
    if (chord.key == Key::Unknown) return {};
    return std::string(chord.ctrl ? "Ctrl+" : "") + (chord.shift ? "Shift+" : "") + key_name(chord.key);
}

void handle_shortcuts(bool typing, UiOutput& out) {
    for (const CommandEntry& entry : table()) {
        if (typing && !entry.in_text) continue;
        bool hit = chord_pressed(entry.chord);
        for (const Chord& other : entry.also) hit = hit || chord_pressed(other);
        if (hit) out.command(entry.command);
    }
}

}  // namespace mandalart::ui
