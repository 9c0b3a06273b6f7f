#pragma once
// The editor's controller: owns the document, settings and views; applies what views hand
// back (edits through the Document, commands here); autosaves through the storage layer.
// Knows nothing of GLFW or OpenGL: the platform loop calls it.
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/settings.hpp"
#include "storage/journal.hpp"
#include "storage/local_date.hpp"
#include "storage/plan_lock.hpp"
#include "ui/chart_view.hpp"
#include "ui/check_in_view.hpp"
#include "ui/file_dialog.hpp"
#include "ui/file_prompts.hpp"
#include "ui/focus_view.hpp"
#include "ui/plan_settings_dialog.hpp"
#include "ui/review_view.hpp"
#include "ui/font_atlas.hpp"
#include "ui/glyph_set.hpp"

struct ImFontAtlas;

namespace mandalart::ui {

inline constexpr double kAutosaveDelay = 1.5;   // seconds after the last edit
inline constexpr double kSaveRetryDelay = 10.0;  // after a failed save
inline constexpr double kJournalInterval = 1.0;  // unsaved edits reach the crash journal this soon

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
};

class App {
public:
    explicit App(AppOptions options);
    // Opens the starting document. Returns an error line when the given file cannot be opened.
    std::string start();

    // Before ImGui::NewFrame: makes sure every glyph about to be drawn is in the atlas.
    // Returns true when the atlas was rebuilt and its texture must be uploaded again.
    bool update_fonts(ImFontAtlas& atlas, float content_scale);
    // update_fonts without what needs an ImGui context (typed text, the theme): builds `atlas` for
    // the plan's glyphs. The window's start-up runs it on a second thread while the window opens.
    bool prepare_fonts(ImFontAtlas& atlas, float content_scale, bool glyphs_added = false);
    // Between NewFrame and Render: draws the UI and applies what it handed back.
    void frame(double now);

    std::string window_title() const;
    void request_quit();
    bool should_quit() const { return quit_; }
    // Seconds until the app needs a frame without input (autosave, caret blink); < 0: none.
    double seconds_until_wakeup(double now) const;
    // Saves pending changes and the settings (on quit).
    void shutdown();

    const Document& document() const { return document_; }
    Settings& settings() { return settings_; }
    const ChartView& chart() const { return chart_; }
    const FocusView& focus() const { return focus_; }
    const CheckInView& check_in() const { return check_in_; }
    Tab tab() const { return tab_; }
    // The year's numbers as of today, recomputed only when the plan or the date changes.
    const PlanStats& stats();
    bool in_focus_view() const { return focus_mode_; }
    const std::string& save_error() const { return save_error_; }
    const std::string& notice() const { return notice_; }
    const Fonts& fonts() const { return atlas_.fonts(); }
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
    const ReviewView& review() const { return review_; }
    // Runs a menu or button command as if chosen (tests); `number` as the command carries it.
    void run_command_for_test(CommandKind kind, int number = 0, std::string path = {}) {
        run_command(AppCommand{kind, number, std::move(path)}, 0.0);
    }
    // Last year's plan when it is known (--compare, or a plan for the year before beside this one).
    const Plan* previous_year() const { return previous_ ? &previous_->plan : nullptr; }
    // Another program changed the file since it was read: saving waits for the user's choice.
    bool conflict() const { return conflict_; }
    // Unsaved changes from a session that ended without saving, offered back.
    bool recovery_offered() const { return recovery_.has_value(); }
    bool restore_dialog_open() const { return prompts_.restore_open(); }
    bool plan_settings_open() const { return plan_settings_.visible(); }
    bool file_dialog_open() const { return dialog_.visible(); }

private:
    void apply(UiOutput& out, double now);
    void run_command(const AppCommand& command, double now);
    void commit_open_edits(double now);
    void handle_shortcuts(UiOutput& out);
    void draw_banner();
    void draw_tabs(UiOutput& out);
    void draw_quit_dialog(UiOutput& out);
    void draw_keys_window();
    bool save_now(double now, bool overwrite_changes = false);
    void keep_journal(double now);
    // A blank plan made today: it starts this week and is titled in the UI's language.
    Plan new_plan(int year) const;
    // create_if_missing: a missing file becomes a blank plan for `year_if_new` (0: this year).
    bool open_document(const std::string& path, bool create_if_missing, std::string& error, int year_if_new = 0);
    std::string lock_document(Document& document);
    void offer_recovery();
    void reload_from_disk();
    void show_restore(double now);
    void restore(int version, double now);
    void note_conflict();
    void resolve_conflict(CommandKind choice, double now);
    void answer_recovery(CommandKind choice, double now);
    void set_document(Document document);
    std::string folder_of_document() const;
    bool add_new_glyphs();
    void report_missing_glyphs();
    void find_previous_year();
    void export_to(const AppCommand& command);
    void start_next_year(double now);
    std::string beside_plan(const std::string& suffix) const;
    Comparison comparison() const { return previous_ ? previous_->comparison() : Comparison{}; }

    AppOptions options_;
    Date today_;  // from options_.clock, read at start and on every frame
    Settings settings_;
    Document document_;
    ChartView chart_;
    FocusView focus_;
    CheckInView check_in_;
    ReviewView review_;
    std::optional<LastYear> previous_;  // last year's plan for the review, when known
    Tab tab_ = Tab::Chart;
    Tab shown_tab_ = Tab::Chart;  // what the tab bar showed last frame
    PlanStats stats_;
    std::uint64_t stats_revision_ = ~0ull;
    Date stats_date_;
    FileDialog dialog_;
    FilePrompts prompts_;
    PlanSettingsDialog plan_settings_;
    PlanLock lock_;                   // held while this app may write the document's file
    bool conflict_ = false;           // the file changed on disk; saving waits for a choice
    std::optional<Journal> recovery_;  // offered after a crash, until answered
    std::uint64_t journaled_revision_ = ~0ull;
    double last_journal_ = -1e9;
    std::string prompt_text_, seen_prompt_text_;  // user text in prompts (for the font atlas)
    FontAtlas atlas_;
    GlyphSet glyphs_;
    std::set<char32_t> missing_reported_;
    bool fonts_configured_ = false;
    bool atlas_stale_ = true;
    float scale_ = 1.0f;
    float built_scale_ = 0.0f;
    float themed_scale_ = 0.0f;  // the scale the style was last sized for
    std::uint64_t glyph_revision_ = ~0ull;
    std::uint64_t seen_listing_ = ~0ull;
    std::vector<std::string> seen_recent_;
    std::string seen_save_error_, seen_notice_;
    bool focus_mode_ = false;
    bool quit_ = false;
    bool ask_quit_ = false;
    bool show_keys_ = false;
    int settle_frames_ = 0;  // frames still to draw after a command: a modal needs two to appear, its fade ~10
    double last_change_ = 0.0;
    double last_failed_save_ = -1e9;
    std::uint64_t failed_revision_ = ~0ull;
    std::string save_error_;
    std::string notice_;
};

}  // namespace mandalart::ui
