#pragma once
// The editor: the window's chrome (menus, tabs, the banner, the quit and F1 windows), the views
// and the routing between them. The open plan and its file live in the PlanSession; what views
// hand back is applied there (edits) or run here (commands, ui/app_commands.cpp); the chrome is drawn
// in ui/app_chrome.cpp.
// Knows nothing of GLFW or OpenGL: the platform loop calls it.
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/settings.hpp"
#include "export/export_plan.hpp"
#include "session/desktop.hpp"
#include "session/plan_session.hpp"
#include "storage/file_system.hpp"
#include "storage/local_date.hpp"
#include <imgui_internal.h>

#include "ui/chart_view.hpp"
#include "ui/check_in_view.hpp"
#include "ui/conflict_panel.hpp"
#include "ui/file_dialog.hpp"
#include "ui/damaged_plan_prompt.hpp"
#include "ui/first_run_panel.hpp"
#include "ui/next_year_dialog.hpp"
#include "ui/reminder_dialog.hpp"
#include "ui/file_prompts.hpp"
#include "ui/focus_view.hpp"
#include "ui/plan_settings_dialog.hpp"
#include "ui/review_view.hpp"
#include "ui/font_library.hpp"

struct ImFontAtlas;

namespace mandalart::ui {

using Tab = View;  // the editor's tabs (core/settings: remembered between runs)

struct AppOptions {
    std::string file;           // empty: reopen the last file or create one in the data folder
    std::string font_override;  // --font
    std::string settings_path;  // empty: no settings file (tests)
    std::function<Date()> clock = local_today;  // tests fix the date
    Language default_language = Language::Korean;
    bool persist_new_plan = true;  // with no file at all: write the new plan at once
    std::string compare_file;      // --compare: last year's plan for the review (else found beside the plan)
    FileSystem* file_system = &real_file_system();  // tests inject failing disks
    std::optional<Theme> theme;        // --theme: over the settings' theme
    std::optional<Language> language;  // --lang: over the settings' language
    Desktop* desktop = nullptr;        // the weekly reminder is set there (nullptr: not offered)
    // Wakes the window's loop from another thread (a command line's change arrived on the plan's
    // channel); unset: the command line is refused by the lock while the editor is open.
    std::function<void()> wake = {};
    std::string font_cache_path = {};  // the Korean faces fontconfig chose, remembered (empty: none)
};

// How long an informational message stays in the status bar (errors stay until dismissed).
inline constexpr double kNoticeSeconds = 6.0;

class App {
public:
    explicit App(AppOptions options);
    App(const App&) = delete;
    App& operator=(const App&) = delete;
    // Opens the starting document. Returns an error line when the given file cannot be opened.
    std::string start();

    // Before ImGui::NewFrame: the fonts in ImGui's atlas (loaded once, again after a font change)
    // and the style sized for the window's content scale × the zoom.
    void update_fonts(ImFontAtlas& atlas, float content_scale);
    // Loads the fonts into `atlas` without an ImGui context: the window's start-up runs it on a
    // second thread (fontconfig's look-up) while the window opens.
    void prepare_fonts(ImFontAtlas& atlas);
    // Before the window sleeps (and before a screenshot is read back): the font files' pages go
    // back to the system until a new glyph needs them.
    void rest() { fonts_.rest(); }
    // Between NewFrame and Render: draws the UI and applies what it handed back.
    void frame(double now);

    std::string window_title() const;
    void request_quit(double now);
    bool should_quit() const { return quit_; }
    // Seconds until the app needs a frame without input (autosave, caret blink); < 0: none.
    double seconds_until_wakeup(double now) const;
    // Saves pending changes and the settings (on quit).
    void shutdown(double now);
    // Writes settings.json (when the app has one): on quit, and when the recent plans change, so
    // that a command naming no plan finds the one open here.
    void persist_settings();
    std::string dialog_folder() const;

    const Document& document() const { return session_.document(); }
    const Settings& settings() const { return settings_; }
    Settings& settings() { return settings_; }
    const ChartView& chart() const { return chart_; }
    const FileDialog& dialog() const { return dialog_; }
    const std::optional<DamagedPlan>& damaged() const { return session_.damaged(); }
    const FocusView& focus() const { return focus_; }
    const CheckInView& check_in() const { return check_in_; }
    const ReviewView& review() const { return review_; }
    Tab tab() const { return tab_; }
    // The year's numbers as of today (the session's cache).
    const PlanStats& stats() { return session_.stats(); }
    bool in_focus_view() const { return focus_mode_; }
    // The banner's lines, in the UI's language.
    std::string save_error() const;
    std::string notice() const;
    // Where the status bar was drawn last frame (tests check that nothing sits under it).
    ImRect status_bar() const { return status_bar_; }
    Fonts fonts() const { return fonts_.fonts(scale_); }
    float scale() const { return scale_; }
    // Shows a sub-goal large (for --view focus:N).
    void show_focus(int sub_goal);
    // Shows the 9×9 chart (for --view grid).
    void show_chart() {
        tab_ = Tab::Chart;
        focus_mode_ = false;
    }
    // Shows the check-in tab (for --view checkin).
    void show_check_in() { tab_ = Tab::CheckIn; }
    // Shows the year-end review (for --view review).
    void show_review() { tab_ = Tab::Review; }
    // Runs a menu or button command as if chosen (tests).
    void run_command_for_test(AppCommand command) { run_command(command, 0.0); }
    // Last year's plan when it is known (--compare, or a plan for the year before beside this one).
    const Plan* previous_year() const { return session_.previous_year(); }
    // Another program changed the file since it was read: saving waits for the user's choice.
    bool conflict() const { return session_.conflict(); }
    // Unsaved changes from a session that ended without saving, offered back.
    bool recovery_offered() const { return session_.recovery_pending(); }
    bool restore_dialog_open() const { return prompts_.restore_open(); }
    bool plan_settings_open() const { return plan_settings_.visible(); }
    bool file_dialog_open() const { return dialog_.visible(); }
    bool conflict_panel_open() const { return conflict_panel_.visible(); }
    // The sync tools' conflict copies beside the plan, offered for merging.
    const std::vector<CopyOffer>& copy_offers() const { return session_.copy_offers(); }
    // Looks for sync tools' conflict copies again (the window was focused).
    void window_focused() {
        session_.look_for_conflict_copies();
        follow_session();
    }

private:
    // ---- app.cpp: the frame, and what follows from the session
    void apply(UiOutput& out, double now);
    void commit_open_edits(double now);
    void follow_session();
    void say(std::string line) { session_.set_notice({Notice::Kind::Text, std::move(line)}); }

    // ---- app_commands.cpp: each command
    void run_command(const AppCommand& command, double now);
    void run(const cmd::New&, double now);
    void run(const cmd::Open&, double now);
    void run(const cmd::OpenPath&, double now);
    void run(const cmd::NewPlanAt&, double now);
    void run(const cmd::Save&, double now);
    void run(const cmd::SaveAs&, double now);
    void run(const cmd::SaveAsPath&, double now);
    void run(const cmd::ShowRestore&, double now);
    void run(const cmd::RestoreVersion&, double now);
    void run(const cmd::ShowPlanSettings&, double now);
    void run(const cmd::AskExportImage&, double now);
    void run(const cmd::AskExportRetrospective&, double now);
    void run(const cmd::AskExportCalendar&, double now);
    void run(const cmd::AskExportPdf&, double now);
    void run(const cmd::ExportImage&, double now);
    void run(const cmd::ExportRetrospective&, double now);
    void run(const cmd::ExportCalendar&, double now);
    void run(const cmd::ExportPdf&, double now);
    void run(const cmd::NextYearPlan&, double now);
    void run(const cmd::Quit&, double now);
    void run(const cmd::ReloadTheirs&, double now);
    void run(const cmd::KeepMine&, double now);
    void run(const cmd::MergeTheirs&, double now);
    void run(const cmd::MergeCopy&, double now);
    void run(const cmd::DismissCopy&, double now);
    void run(const cmd::ShowConflicts&, double now);
    void ask_about_copy();
    void run(const cmd::RecoverJournal&, double now);
    void run(const cmd::DiscardJournal&, double now);
    void run(const cmd::RestoreDamaged&, double now);
    void run(const cmd::StartOver&, double now);
    void run(const cmd::StartFirstPlan&, double now);
    void run(const cmd::StartNextYear&, double now);
    void run(const cmd::Undo&, double now);
    void run(const cmd::Redo&, double now);
    void run(const cmd::ShowChart&, double now);
    void run(const cmd::ShowFocus&, double now);
    void run(const cmd::ShowCheckIn&, double now);
    void run(const cmd::ShowReview&, double now);
    void run(const cmd::ToggleProgress&, double now);
    void run(const cmd::ToggleTargets&, double now);
    void run(const cmd::ZoomIn&, double now);
    void run(const cmd::ZoomOut&, double now);
    void run(const cmd::ZoomReset&, double now);
    void run(const cmd::SetTheme&, double now);
    void run(const cmd::SetLanguage&, double now);
    void run(const cmd::SetFont&, double now);
    void run(const cmd::ShowKeys&, double now);
    void run(const cmd::ShowReminder&, double now);
    void run(const cmd::SetReminder&, double now);
    // `progress`: printed with the progress (the PDF asks); unset: as the chart shows it.
    void export_to(ExportFormat format, const std::string& path, bool replace, AppCommand again, std::optional<bool> progress = std::nullopt);

    // ---- app_chrome.cpp: what is drawn around the views
    // The status bar at the bottom, below the views (never over a cell or a field): the session's
    // message, an error, or the plan's file when there is nothing to say.
    float status_bar_height() const;
    void draw_status_bar(double now);
    bool notice_is_passing() const;  // informational: it leaves by itself after kNoticeSeconds
    void draw_tabs(UiOutput& out);
    void draw_quit_dialog(UiOutput& out);
    void draw_start_failure(UiOutput& out);
    void draw_keys_window();

    // Characters that no installed font has are drawn as boxes and named once, in the status bar.
    void report_missing_glyphs();

    AppOptions options_;
    Settings settings_;
    ImRect status_bar_;
    Notice shown_notice_;          // the session's message as last drawn, and since when
    double notice_since_ = 0.0;
    bool notice_hovered_ = false;  // a message stays while the pointer is on it
    bool recent_changed_ = false;  // the recent plans or the last folder changed: settings.json says so at once
    PlanSession session_;
    std::uint64_t shown_generation_ = ~0ull;  // the session's document the views were set up for
    ChartView chart_;
    FocusView focus_;
    CheckInView check_in_;
    ReviewView review_;
    Tab tab_ = Tab::Chart;
    Tab shown_tab_ = Tab::Chart;  // what the tab bar showed last frame
    FileDialog dialog_;
    FilePrompts prompts_;
    DamagedPlanPrompt damaged_prompt_;
    FirstRunPanel first_run_;
    NextYearDialog next_year_;
    ReminderDialog reminder_;
    PlanSettingsDialog plan_settings_;
    ConflictPanel conflict_panel_;
    FontLibrary fonts_;
    bool fonts_stale_ = true;  // to be loaded (again) before the next frame
    std::set<char32_t> missing_reported_;
    float scale_ = 1.0f;
    float themed_scale_ = 0.0f;  // the scale the style was last sized for
    bool focus_mode_ = false;
    bool quit_ = false;
    bool ask_quit_ = false;
    std::string start_failure_;  // why start() opened nothing, shown until answered
    bool ask_start_failure_ = false;
    bool show_keys_ = false;
    int settle_frames_ = 0;  // frames still to draw after a command: a modal needs two to appear, its fade ~10
};

}  // namespace mandalart::ui
