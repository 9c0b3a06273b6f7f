#pragma once
// What views hand back to the app: edits to the plan and commands for the app.
#include <string>
#include <vector>

#include "core/edit.hpp"

namespace mandalart::ui {

enum class CommandKind {
    New, Open, OpenPath, Save, SaveAs, SaveAsPath, Quit,
    Undo, Redo,
    ShowGrid, ShowFocus, ShowCheckIn, ShowReview,  // ShowFocus: `number` = sub-goal 1..8
    ExportRetrospective, ExportImage, NextYearPlan,  // written beside the plan
    ZoomIn, ZoomOut, ZoomReset,
    SetTheme, SetLanguage, SetFont, ToggleProgress,  // `number` = the enum value; SetFont: `path`
    ShowKeys, NewPlanForYear,                        // NewPlanForYear: `number` = year, `path`
    ShowRestore, RestoreVersion,                     // RestoreVersion: `number` = 1 (newest) …
    ReloadTheirs, KeepMine, RecoverJournal, DiscardJournal,
    ShowPlanSettings,
    ExportImagePath, ExportRetrospectivePath,  // `path`; `number` 1: replace what is there (asked)
};

struct AppCommand {
    CommandKind kind;
    int number = 0;
    std::string path;
};

struct UiOutput {
    std::vector<Edit> edits;
    std::vector<AppCommand> commands;

    void command(CommandKind kind, int number = 0, std::string path = {}) {
        commands.push_back({kind, number, std::move(path)});
    }
};

}  // namespace mandalart::ui
