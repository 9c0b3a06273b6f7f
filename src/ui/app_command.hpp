#pragma once
// What the user asks of the app (a menu item, a shortcut, a button in a view or a dialog), as a
// typed value: each command is a small struct carrying what it needs, like core's Edit.
#include <string>
#include <variant>

#include "core/next_year.hpp"
#include "core/settings.hpp"

namespace mandalart::ui::cmd {

// ---- files
struct New {};                      // asks where (the file dialog)
struct Open {};                     // asks which (the file dialog)
struct OpenPath { std::string path; };
struct NewPlanAt { std::string path; int year = 0; };
struct Save {};
struct SaveAs {};                   // asks where
struct SaveAsPath { std::string path; };
struct ShowRestore {};
struct RestoreVersion { int version = 1; };  // 1: the newest
struct ShowPlanSettings {};
struct AskExportImage {};           // asks where
struct AskExportRetrospective {};   // asks where
struct AskExportCalendar {};        // asks where
struct AskExportPdf {};             // asks where
struct ExportImage { std::string path; bool replace = false; };          // replace: the user said so
struct ExportRetrospective { std::string path; bool replace = false; };  // writes its image too
struct ExportCalendar { std::string path; bool replace = false; };       // the weekly check-in reminder
struct ExportPdf { std::string path; bool replace = false; bool progress = false; };  // the chart to print, A4 (with its progress?)
struct NextYearPlan {};
struct Quit {};

// ---- answers to the app's questions
struct ReloadTheirs {};
struct KeepMine {};
struct MergeTheirs {};                    // the version another program wrote, merged into mine
struct MergeCopy { std::string path; };   // a sync tool's conflict copy, merged in
struct DismissCopy { std::string path; }; // not now
struct ShowConflicts {};                  // what merges left to choose
struct RecoverJournal {};
struct DiscardJournal {};
struct RestoreDamaged { int version = 1; };  // in place of a plan that does not read; 0: the journal
struct StartOver {};                        // a blank plan in place of one that does not read
struct ShowReminder {};
struct SetReminder {                        // the weekly check-in reminder, as the dialog set it
    bool on = false;
    int weekday = 7, hour = 21, minute = 0;
};
struct StartNextYear {                      // next year's plan, made as chosen
    Carry carry = Carry::Unfinished;
    bool keep_colours = true;
    bool reflections_beside = true;  // the review sets last year's reflections beside (a setting)
};
struct StartFirstPlan {                     // no plan yet: the first one
    int year = 0;
    bool example = false;
};

// ---- edit
struct Undo {};
struct Redo {};

// ---- view
struct ShowChart {};  // the 9×9 chart (from the focus view: back to it)
struct ShowFocus { int sub_goal = 1; };
struct ShowCheckIn {};
struct ShowReview {};
struct ToggleProgress {};
struct ToggleTargets {};  // each action's target in a corner of its cell
struct ZoomIn {};
struct ZoomOut {};
struct ZoomReset {};
struct SetTheme { Theme theme = Theme::Light; };
struct SetLanguage { Language language = Language::Korean; };
struct SetFont { std::string path; };  // empty: found by fontconfig
struct ShowKeys {};

}  // namespace mandalart::ui::cmd

namespace mandalart::ui {

using AppCommand =
    std::variant<cmd::New, cmd::Open, cmd::OpenPath, cmd::NewPlanAt, cmd::Save, cmd::SaveAs, cmd::SaveAsPath,
                 cmd::ShowRestore, cmd::RestoreVersion, cmd::ShowPlanSettings, cmd::AskExportImage,
                 cmd::AskExportRetrospective, cmd::AskExportCalendar, cmd::AskExportPdf, cmd::ExportImage,
                 cmd::ExportRetrospective, cmd::ExportCalendar, cmd::ExportPdf, cmd::NextYearPlan,
                 cmd::Quit, cmd::ReloadTheirs, cmd::KeepMine, cmd::MergeTheirs, cmd::MergeCopy, cmd::DismissCopy,
                 cmd::ShowConflicts, cmd::RecoverJournal, cmd::DiscardJournal, cmd::RestoreDamaged, cmd::StartOver, cmd::StartFirstPlan, cmd::StartNextYear, cmd::Undo,
                 cmd::Redo, cmd::ShowChart, cmd::ShowFocus, cmd::ShowCheckIn, cmd::ShowReview, cmd::ToggleProgress, cmd::ToggleTargets,
                 cmd::ZoomIn, cmd::ZoomOut, cmd::ZoomReset, cmd::SetTheme, cmd::SetLanguage, cmd::SetFont,
                 cmd::ShowKeys, cmd::ShowReminder, cmd::SetReminder>;

// The same command, whatever it carries (a shortcut names a command, not its data).
inline bool same_command(const AppCommand& a, const AppCommand& b) { return a.index() == b.index(); }

}  // namespace mandalart::ui
