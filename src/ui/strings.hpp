#pragma once
// Every UI string, one table per language (strings.cpp). Views look strings up by key.
#include <string>

#include "core/address.hpp"
#include "core/settings.hpp"

namespace mandalart::ui {

enum class Str {
    AppName,
    MenuFile, MenuNew, MenuOpen, MenuOpenRecent, MenuNoRecent, MenuSave, MenuSaveAs, MenuQuit,
    MenuEdit, MenuUndo, MenuRedo, MenuClearCell,
    MenuView, MenuGrid, MenuFocus, MenuTheme, MenuThemeLight, MenuThemeDark, MenuZoomIn, MenuZoomOut, MenuZoomReset,
    MenuShowProgress,
    MenuSettings, MenuLanguage, MenuFont, MenuFontAuto,
    MenuHelp, MenuKeys, MenuAbout,
    HintCore, HintSubGoal, HintAction,
    Unsaved, ReadOnly, SaveFailed, Saved, CreatedAt, NoKoreanFont, FontLoadFailed,
    FocusBack, FocusColour, FocusActions, FocusTarget, FocusNote, FocusTimes,
    TargetPerWeek, TargetPerMonth, TargetPerYear, TargetOnce, TargetNone,
    DialogOpenTitle, DialogSaveTitle, DialogFolder, DialogFileName, DialogUp, DialogOpen, DialogSave, DialogCancel,
    DialogNewTitle, DialogNewYear,
    QuitTitle, QuitUnsavedMessage, QuitDiscard, QuitKeepEditing, QuitSaveAs,
    KeysTitle, KeysBody, Close,
    FontPathLabel, FontApply,
    TabChart, TabCheckIn, MenuChart, MenuCheckIn,
    CheckThisWeek, CheckWeekDone, CheckYearToDate, CheckSkip, CheckSkippedNote, CheckNote, CheckNoteHint,
    CheckThisMonth, CheckThisYear, CheckDoneIn, CheckNothingToTick, CheckKeysHint, CheckNotThisYear,
    CheckPrevWeek, CheckNextWeek,
    ProgressTooltipFormat,                             // printf: percent, achieved, expected
    TabReview, MenuReview, MenuExportRetrospective, MenuExportImage, MenuNextYear,
    ReviewTitleFormat,                                 // printf: year, date
    ReviewOverall, ReviewLastYear, ReviewWeeksCheckedIn, ReviewTicks, ReviewComplete, ReviewLongestStreak,
    ReviewByGoal, ReviewTrend, ReviewTrendHint, ReviewHeatmap, ReviewActions, ReviewBest, ReviewWorst,
    ReviewNotes, ReviewNoNotes, ReviewReflections, ReviewYearReflection, ReviewReflectionHint, ReviewSkipped,
    ReviewNotStarted, ReviewExportMarkdown, ReviewExportImage, ReviewNextYear, ReviewWrote, ReviewCompareWith,
    ReviewHeatTooltipFormat,                           // printf: action, week, range, count, target
    MenuRestore, RestoreTitle, RestoreIntro, RestoreNone, RestoreWhen, RestoreSize, RestoreContent, RestoreButton,
    RestoreSummaryFormat,                              // printf: core goal, "12 weeks"
    RestoreDoneFormat,                                 // printf: time
    LockedBy, ConflictBanner, ConflictTitle, ConflictMessage, ConflictReload, ConflictKeepMine, ConflictHint, ConflictResolve,
    ReloadedTheirs, RecoverTitle,
    RecoverMessageFormat,                              // printf: time
    RecoverButton, RecoverDiscard, Recovered,
    CheckBeforeStartFormat,                            // printf: start week
    CheckStartHere, CheckNoActions, ReviewBeforeStart,
    MenuPlanSettings, PlanSettingsTitle, PlanTitle, PlanYear, PlanYearLocked, PlanStart, PlanStartHint,
    PlanStartLimitFormat,                              // printf: week
    PlanApply,
    MissingGlyphsFormat,                               // printf: the characters
    ReplaceTitle, ReplaceMessageFormat,                // printf: path
    ReplaceButton,
    Count
};

const char* tr(Str key, Language language);
// "핵심 목표", "세부 목표 3", "실천 3.5" (or the English equivalents).
std::string cell_hint(const CellAddress& address, Language language);

}  // namespace mandalart::ui
