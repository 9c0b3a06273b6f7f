// What each command does: one overload per command, chosen by std::visit.
#include "ui/app.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "core/labels.hpp"
#include "core/path_text.hpp"
#include "export/export_plan.hpp"
#include "export/pdf_chart.hpp"
#include "storage/app_paths.hpp"
#include "storage/plan_file.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"

namespace mandalart::ui {

void App::run_command(const AppCommand& command, double now) {
    std::visit([&](const auto& c) { run(c, now); }, command);
    follow_session();
}

// ---- files ----------------------------------------------------------------------------------

void App::run(const cmd::New&, double) {
    dialog_.open_new(dialog_folder(), default_plan_year(session_.today()));
}

// Where a file dialog opens: the folder a file was last chosen in, else the plan's folder, unless
// that is the hidden data folder (a plan made without a path): then the documents folder.
std::string App::dialog_folder() const {
    if (!settings_.last_folder.empty() && std::filesystem::is_directory(file_path(settings_.last_folder))) return settings_.last_folder;
    const std::string folder = session_.folder();
    if (absolute_path(folder) == absolute_path(data_folder())) return documents_folder();
    return folder;
}

void App::run(const cmd::Open&, double) { dialog_.open(FileDialogMode::Open, dialog_folder(), ""); }

void App::run(const cmd::OpenPath& c, double now) {
    if (std::string error = session_.switch_to(c.path, now); !error.empty()) say(std::move(error));
}

void App::run(const cmd::NewPlanAt& c, double now) {
    if (std::string error = session_.create(c.path, c.year, settings_.language, now); !error.empty()) say(std::move(error));
}

void App::run(const cmd::Save&, double now) {
    commit_open_edits(now);
    if (session_.conflict()) prompts_.ask_conflict();
    else if (session_.save(now)) session_.clear_notice();
}

void App::run(const cmd::SaveAs&, double) {
    dialog_.open(FileDialogMode::SaveAs, dialog_folder(), file_name_of(session_.document().path()));
}

void App::run(const cmd::SaveAsPath& c, double) { session_.save_as(c.path); }

void App::run(const cmd::ShowRestore&, double now) {
    if ((session_.document().read_only() && !session_.damaged()) || session_.document().path().empty()) return;
    std::vector<VersionRow> rows;
    for (const VersionInfo& version : session_.versions(now)) {
        char summary[512];
        if (version.error.empty())
            std::snprintf(summary, sizeof summary, tr(Str::RestoreSummaryFormat, settings_.language),
                          version.core.empty() ? "—" : version.core.c_str(),
                          weeks_count(version.weeks, settings_.language).c_str());
        else std::snprintf(summary, sizeof summary, "%s", version.error.c_str());
        rows.push_back({version.when, version.size, summary});
    }
    prompts_.ask_restore(std::move(rows));
}

void App::run(const cmd::RestoreVersion& c, double now) {
    if (session_.damaged()) run(cmd::RestoreDamaged{c.version}, now);
    else session_.restore(c.version, now);
}

void App::run(const cmd::ShowPlanSettings&, double) { plan_settings_.open(session_.document().plan()); }

// Asked what to carry when next year's plan is not made yet; opened when it is.
void App::run(const cmd::NextYearPlan&, double now) {
    if (file_exists(session_.next_year_path())) session_.start_next_year(now);
    else next_year_.open(settings_.last_reflections);
}

void App::run(const cmd::StartNextYear& c, double now) {
    settings_.last_reflections = c.reflections_beside;
    session_.start_next_year(now, c.carry, c.keep_colours);
}

void App::run(const cmd::Quit&, double now) {
    commit_open_edits(now);
    request_quit(now);
}

// ---- exports: the dialog asks where, a file already there is replaced only once the user says so

void App::run(const cmd::AskExportImage&, double) {
    dialog_.open(FileDialogMode::ExportImage, dialog_folder(), file_name_of(session_.beside_plan(".png")));
}

void App::run(const cmd::AskExportRetrospective&, double) {
    const char* suffix = settings_.language == Language::Korean ? "-회고.md" : "-retrospective.md";
    dialog_.open(FileDialogMode::ExportRetrospective, dialog_folder(),
                 file_name_of(session_.beside_plan(suffix)));
}

void App::run(const cmd::AskExportCalendar&, double) {
    dialog_.open(FileDialogMode::ExportCalendar, dialog_folder(),
                 file_name_of(session_.beside_plan("-checkin.ics")));
}

void App::run(const cmd::AskExportPdf&, double) {
    if (!pdf_in_this_build()) return say(tr(Str::PdfNotInBuild, settings_.language));  // Ctrl+P in a build without PDF
    dialog_.open(FileDialogMode::ExportPdf, dialog_folder(), file_name_of(session_.beside_plan(".pdf")));
    // Printed with its progress once there is some: before the first check-in, empty bars and "0%" are noise.
    dialog_.set_print_progress(!weeks_with_check_ins(session_.document().plan()).empty());
}

void App::run(const cmd::ExportImage& c, double) { export_to(ExportFormat::Png, c.path, c.replace, c); }

void App::run(const cmd::ExportRetrospective& c, double) { export_to(ExportFormat::Markdown, c.path, c.replace, c); }

void App::run(const cmd::ExportCalendar& c, double) { export_to(ExportFormat::Calendar, c.path, c.replace, c); }

void App::run(const cmd::ExportPdf& c, double) { export_to(ExportFormat::Pdf, c.path, c.replace, c, c.progress); }

// The File menu's exports, through the same export_plan as the command line's.
void App::export_to(ExportFormat format, const std::string& path, bool replace, AppCommand again, std::optional<bool> progress) {
    if (!replace) {
        std::vector<std::string> existing = export_targets(format, path);
        std::erase_if(existing, [](const std::string& target) { return !file_exists(target); });
        if (!existing.empty()) {
            prompts_.ask_replace(existing.front(), std::move(again));
            return;
        }
    }
    ExportOptions options;
    options.stats = &session_.stats();
    options.progress = progress.value_or(settings_.show_progress);
    options.language = settings_.language;
    options.previous = session_.comparison();
    options.reminder.plan_path = session_.document().path();
    options.reminder.language = settings_.language;
    options.reminder.stamp = utc_stamp_now();
    const ExportResult result = export_plan(session_.document().plan(), format, options, path, session_.file_system());
    std::string wrote;
    for (const std::string& file : result.written) wrote += (wrote.empty() ? "" : ", ") + file;
    session_.set_notice(result.error.empty() ? Notice{Notice::Kind::Wrote, wrote} : Notice{Notice::Kind::Text, result.error});
}

// ---- answers to the session's questions ------------------------------------------------------

void App::run(const cmd::ReloadTheirs&, double) { session_.reload_theirs(); }
void App::run(const cmd::KeepMine&, double now) { session_.keep_mine(now); }
void App::run(const cmd::MergeTheirs&, double now) {
    commit_open_edits(now);
    session_.merge_theirs(now);
}

void App::run(const cmd::MergeCopy& c, double now) {
    commit_open_edits(now);
    session_.merge_copy(c.path, now);
    ask_about_copy();  // the next one, if there is another
}

void App::run(const cmd::DismissCopy& c, double) {
    session_.dismiss_copy(c.path);
    ask_about_copy();
}

void App::run(const cmd::ShowConflicts&, double) { conflict_panel_.open(); }

// The first conflict copy still offered, with what merging it would bring, as a question.
void App::ask_about_copy() {
    const std::vector<CopyOffer>& offers = session_.copy_offers();
    if (offers.empty()) return;
    CopyQuestion question = copy_question(offers.front(), settings_.language);
    prompts_.ask_copy(std::move(question));
}
void App::run(const cmd::RecoverJournal&, double now) { session_.recover(now); }
void App::run(const cmd::DiscardJournal&, double) { session_.discard_recovery(); }

void App::run(const cmd::RestoreDamaged& c, double) {
    if (std::string error = session_.restore_damaged(c.version, settings_.language); !error.empty()) say(std::move(error));
}

void App::run(const cmd::StartOver&, double) {
    if (std::string error = session_.start_over(settings_.language); !error.empty()) say(std::move(error));
}

void App::run(const cmd::StartFirstPlan& c, double) {
    if (std::string error = session_.start_first_plan(c.year, c.example, settings_.language); !error.empty()) say(std::move(error));
}

// ---- edit -----------------------------------------------------------------------------------

void App::run(const cmd::Undo&, double now) { session_.undo(now); }
void App::run(const cmd::Redo&, double now) { session_.redo(now); }

// ---- view -----------------------------------------------------------------------------------

void App::run(const cmd::ShowChart&, double) {
    if (tab_ == Tab::Chart) focus_mode_ = false;  // Esc / the menu item: back from the focus view
    tab_ = Tab::Chart;
}

void App::run(const cmd::ShowFocus& c, double) { show_focus(c.sub_goal); }
void App::run(const cmd::ShowCheckIn&, double) { tab_ = Tab::CheckIn; }
void App::run(const cmd::ShowReview&, double) { tab_ = Tab::Review; }
void App::run(const cmd::ToggleProgress&, double) { settings_.show_progress = !settings_.show_progress; }
void App::run(const cmd::ToggleTargets&, double) { settings_.show_targets = !settings_.show_targets; }
void App::run(const cmd::ZoomIn&, double) { settings_.zoom = std::min(Settings::kMaxZoom, settings_.zoom * 1.1f); }
void App::run(const cmd::ZoomOut&, double) { settings_.zoom = std::max(Settings::kMinZoom, settings_.zoom / 1.1f); }
void App::run(const cmd::ZoomReset&, double) { settings_.zoom = 1.0f; }

void App::run(const cmd::SetTheme& c, double) {
    settings_.theme = c.theme;
    apply_theme(settings_.theme, scale_);
}

void App::run(const cmd::SetLanguage& c, double) { settings_.language = c.language; }

void App::run(const cmd::SetFont& c, double) {
    settings_.font_path = c.path;
    options_.font_override.clear();
    fonts_stale_ = true;
}

void App::run(const cmd::ShowKeys&, double) { show_keys_ = true; }

}  // namespace mandalart::ui

namespace mandalart::ui {

void App::run(const cmd::ShowReminder&, double) { reminder_.open(settings_); }

// Set on the desktop for the open plan; what happened is said in the UI's language.
void App::run(const cmd::SetReminder& c, double) {
    const Language l = settings_.language;
    if (options_.desktop == nullptr) {
        say(tr(Str::ReminderNoDesktop, l));
        return;
    }
    std::optional<WeeklyReminder> reminder;
    if (c.on) reminder = WeeklyReminder{absolute_path(session_.document().path()), c.weekday, c.hour, c.minute};
    const Desktop::Outcome outcome = options_.desktop->set_weekly_reminder(reminder, *options_.file_system);
    char line[1024];
    switch (outcome.kind) {
        case Desktop::Outcome::Kind::On:
            std::snprintf(line, sizeof line, tr(Str::ReminderOnFormat, l), weekday_name(c.weekday, l).c_str(), c.hour, c.minute);
            break;
        case Desktop::Outcome::Kind::Written: std::snprintf(line, sizeof line, tr(Str::ReminderWrittenFormat, l), outcome.detail.c_str()); break;
        case Desktop::Outcome::Kind::Removed:
        case Desktop::Outcome::Kind::NoneSet: std::snprintf(line, sizeof line, "%s", tr(Str::ReminderOff, l)); break;
        case Desktop::Outcome::Kind::Failed: std::snprintf(line, sizeof line, "%s", outcome.detail.c_str()); break;
    }
    if (outcome.kind != Desktop::Outcome::Kind::Failed) {
        settings_.reminder_on = c.on;
        settings_.reminder_weekday = c.weekday;
        settings_.reminder_hour = c.hour;
        settings_.reminder_minute = c.minute;
    }
    say(line);
}

}  // namespace mandalart::ui
