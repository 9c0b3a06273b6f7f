#include "ui/text_input.hpp"
#include "ui/app.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include <imgui.h>

#include "core/labels.hpp"
#include "core/layout.hpp"
#include "core/text.hpp"
#include "core/chart_picture.hpp"
#include "core/next_year.hpp"
#include "storage/app_paths.hpp"
#include "storage/backups.hpp"
#include "storage/folder_listing.hpp"
#include "storage/plan_file.hpp"
#include "storage/png_chart.hpp"
#include "storage/restore.hpp"
#include "storage/retrospective.hpp"
#include "storage/settings_file.hpp"
#include "ui/keys.hpp"
#include "ui/menu_bar.hpp"
#include "ui/stand_ins.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"

namespace mandalart::ui {

App::App(AppOptions options) : options_(std::move(options)), today_(options_.clock()) {
    if (!options_.settings_path.empty()) {
        LoadedSettings loaded = load_settings(options_.settings_path, options_.default_language);
        settings_ = std::move(loaded.settings);
        notice_ = loaded.warning;
    } else {
        settings_.language = options_.default_language;
    }
    if (options_.theme) settings_.theme = *options_.theme;
    if (options_.language) settings_.language = *options_.language;
    tab_ = settings_.open_view;
}

// ---- documents ------------------------------------------------------------------------------

void App::set_document(Document document) {
    document_ = std::move(document);
    chart_.select(primary_position(CellAddress::core()));
    focus_mode_ = false;
    check_in_.reset();
    review_.reset();
    stats_revision_ = ~0ull;
    save_error_.clear();
    conflict_ = false;
    failed_revision_ = ~0ull;  // revisions count from 0 again in the new document
    journaled_revision_ = ~0ull;
    glyph_revision_ = ~0ull;  // the new plan's glyphs
    if (!document_.path().empty() && file_exists(document_.path())) settings_.remember_file(document_.path());
    find_previous_year();
}

// Last year's plan for the review: --compare, else a plan for the year before in the same folder
// (the one `mandalart next` or File → Start next year's plan came from, sharing action ids).
void App::find_previous_year() {
    previous_.reset();
    const int year = document_.plan().year - 1;
    std::vector<std::string> candidates;
    if (!options_.compare_file.empty()) candidates.push_back(options_.compare_file);
    if (!document_.path().empty()) {
        // YEAR.mandalart.json first (how `next` names it), so a folder of many years is not read whole.
        const std::string folder = folder_of_document();
        candidates.push_back(folder + "/" + std::to_string(year) + kPlanExtension);
        for (const std::string& name : list_folder(folder).files) candidates.push_back(folder + "/" + name);
    }
    for (const std::string& path : candidates) {
        if (!document_.path().empty() && absolute_path(path) == absolute_path(document_.path())) continue;
        LoadedPlan loaded = load_plan_file(path);
        if (!loaded.error.empty() || loaded.plan.year != year) continue;
        const PlanStats stats = plan_stats(loaded.plan, today_);
        previous_ = LastYear{std::move(loaded.plan), stats};
        return;
    }
}

Plan App::new_plan(int year) const {
    Plan plan = make_blank_plan(year);
    plan.start = start_week_for(year, today_);
    plan.title = default_title(year, settings_.language);
    return plan;
}

bool App::open_document(const std::string& given, bool create_if_missing, std::string& error, int year_if_new) {
    const std::string path = absolute_path(given);
    LoadedPlan loaded = load_plan_file(path);
    Document document;
    if (loaded.missing && create_if_missing) {
        document = Document(new_plan(year_if_new != 0 ? year_if_new : today_.year), path);
    } else if (!loaded.error.empty()) {
        error = loaded.error;
        return false;
    } else {
        document = Document(std::move(loaded.plan), path);
        document.set_read_only(loaded.read_only);
        document.set_disk_hash(loaded.hash);
    }
    const std::string lock_problem = loaded.read_only ? std::string{} : lock_document(document);
    set_document(std::move(document));
    if (loaded.read_only) notice_ = path + ": " + tr(Str::ReadOnly, settings_.language);
    else if (!lock_problem.empty()) notice_ = lock_problem;
    else offer_recovery();
    return true;
}

// Takes the document's lock (letting go of the previous document's). When another mandalart
// holds it, the document opens read-only and the returned line says who holds it.
std::string App::lock_document(Document& document) {
    lock_.release();
    LockAttempt attempt = lock_plan(document.path(), "mandalart editor");
    if (attempt.lock.held()) {
        lock_ = std::move(attempt.lock);
        return {};
    }
    if (attempt.held_by) {
        document.set_read_only(true);
        return std::string(tr(Str::LockedBy, settings_.language)) + " " + attempt.held_by->describe();
    }
    // No lock can be made there (a read-only or missing folder): a plan not written yet stays
    // editable, and its first save reports why it cannot be written; an existing one is shown read-only.
    if (file_exists(document.path())) document.set_read_only(true);
    return attempt.error;
}

// A journal left by a session that ended without saving: offer its changes back.
void App::offer_recovery() {
    std::optional<Journal> journal = read_journal(document_.path());
    if (!journal) return;
    if (journal->plan == document_.plan()) {  // nothing was lost
        remove_journal(document_.path());
        return;
    }
    prompt_text_ = journal->written;
    prompts_.ask_recovery(journal->written);
    char message[512];
    std::snprintf(message, sizeof message, tr(Str::RecoverMessageFormat, settings_.language), journal->written.c_str());
    notice_ = std::string(message).substr(0, std::string(message).find('\n'));  // the banner's line; the prompt says the rest
    recovery_ = std::move(journal);
}

// Re-reads the document's file (after a restore, or to take another program's version).
void App::reload_from_disk() {
    LoadedPlan loaded = load_plan_file(document_.path());
    if (!loaded.error.empty()) {
        notice_ = loaded.error;
        return;
    }
    Document document(std::move(loaded.plan), document_.path());
    document.set_disk_hash(loaded.hash);
    set_document(std::move(document));
}

std::string App::start() {
    std::string error;
    if (!options_.file.empty()) {
        if (!open_document(options_.file, true, error)) return error;
        return {};
    }
    for (const std::string& recent : settings_.recent_files)
        if (file_exists(recent) && open_document(recent, false, error)) return {};
    const std::string folder = data_folder();
    const std::string path = folder + "/" + std::to_string(today_.year) + kPlanExtension;
    if (file_exists(path)) return open_document(path, false, error) ? std::string{} : error;
    if (options_.persist_new_plan) {
        if (const std::string problem = make_folders(folder); !problem.empty()) return problem;
    }
    open_document(path, true, error);
    if (options_.persist_new_plan) {
        if (const SaveResult saved = save_document(document_); !saved.error.empty()) return saved.error;
        settings_.remember_file(path);
    }
    notice_ = std::string(tr(Str::CreatedAt, settings_.language)) + " " + path;
    return {};
}

std::string App::folder_of_document() const {
    if (document_.path().empty()) return data_folder();
    return std::filesystem::path(document_.path()).parent_path().string();
}

bool App::save_now(double now, bool overwrite_changes) {
    if (document_.read_only() || document_.path().empty()) return false;
    if (conflict_ && !overwrite_changes) return false;  // waits for the user's choice
    SaveOptions options;
    options.overwrite_changes = overwrite_changes;
    options.fs = options_.file_system;
    const SaveResult saved = save_document(document_, options);
    if (saved.error.empty()) {
        save_error_.clear();
        conflict_ = false;
        remove_journal(document_.path());
        journaled_revision_ = ~0ull;
        settings_.remember_file(document_.path());
        return true;
    }
    save_error_ = saved.error;
    last_failed_save_ = now;
    failed_revision_ = document_.revision();
    if (saved.changed_on_disk) note_conflict();
    return false;
}

// Unsaved edits reach the crash journal at most kJournalInterval after they are made, so a
// kill loses at most that much even when saving fails or has not happened yet.
void App::keep_journal(double now) {
    if (!document_.dirty() || document_.read_only() || document_.path().empty() || recovery_) return;
    if (journaled_revision_ == document_.revision() || now - last_journal_ < kJournalInterval) return;
    last_journal_ = now;
    if (write_journal(document_.path(), document_.plan()).empty()) journaled_revision_ = document_.revision();
}

// ---- fonts ----------------------------------------------------------------------------------

bool App::update_fonts(ImFontAtlas& atlas, float content_scale) {
    ImGuiIO& io = ImGui::GetIO();
    bool typed = false;
    for (const ImWchar c : io.InputQueueCharacters) typed |= glyphs_.add(c);  // about to be drawn
    typed |= glyphs_.add_text(composition().text);                           // drawn at the caret
    if (io.KeyCtrl && io.KeysDown[key_index(Key::V)] && io.GetClipboardTextFn != nullptr) {  // a paste
        if (const char* clip = io.GetClipboardTextFn(io.ClipboardUserData)) typed |= glyphs_.add_text(clip);
    }
    const bool rebuilt = prepare_fonts(atlas, content_scale, typed);
    if (themed_scale_ != scale_) {
        apply_theme(settings_.theme, scale_);
        themed_scale_ = scale_;
    }
    return rebuilt;
}

bool App::prepare_fonts(ImFontAtlas& atlas, float content_scale, bool glyphs_added) {
    scale_ = std::clamp(content_scale * settings_.zoom, 0.5f, 4.0f);
    if (!fonts_configured_) {
        atlas_.configure(!options_.font_override.empty() ? options_.font_override : settings_.font_path);
        fonts_configured_ = true;
        atlas_stale_ = true;
    }
    bool added = glyphs_added;
    if (glyph_revision_ != document_.revision()) {
        added |= glyphs_.add_plan(document_.plan());
        glyph_revision_ = document_.revision();
    }
    added |= add_new_glyphs();
    if (!added && !atlas_stale_ && built_scale_ == scale_) return false;
    atlas_.build(atlas, glyphs_, scale_);
    built_scale_ = scale_;
    atlas_stale_ = false;
    return true;
}

// ---- frame ----------------------------------------------------------------------------------

// Text shown outside the plan (file names, messages) is scanned only when it changes,
// not on every frame.
bool App::add_new_glyphs() {
    bool added = false;
    if (seen_listing_ != dialog_.listing_revision()) {
        for (const auto& name : dialog_.listing().folders) added |= glyphs_.add_text(name);
        for (const auto& name : dialog_.listing().files) added |= glyphs_.add_text(name);
        seen_listing_ = dialog_.listing_revision();
    }
    if (seen_recent_ != settings_.recent_files) {
        for (const auto& path : settings_.recent_files) added |= glyphs_.add_text(path);
        seen_recent_ = settings_.recent_files;
    }
    for (auto [text, seen] : {std::pair{&save_error_, &seen_save_error_}, std::pair{&notice_, &seen_notice_},
                              std::pair{&prompt_text_, &seen_prompt_text_}}) {
        if (*seen == *text) continue;
        added |= glyphs_.add_text(*text);
        *seen = *text;
    }
    return added;
}

std::string App::window_title() const {
    std::string name = document_.path().empty() ? "untitled" : std::filesystem::path(document_.path()).filename().string();
    const Plan& plan = document_.plan();
    const std::string heading = is_blank(plan.title) ? std::to_string(plan.year) : plan.title;
    std::string title = (document_.dirty() ? "* " : "") + heading + " — " + name + " — " + tr(Str::AppName, settings_.language);
    if (document_.read_only()) title += " [" + std::string(tr(Str::ReadOnly, settings_.language)) + "]";
    if (!save_error_.empty()) title += " [" + std::string(tr(Str::SaveFailed, settings_.language)) + "]";
    return title;
}

void App::show_focus(int sub_goal) {
    focus_.open(sub_goal);
    focus_mode_ = true;
    tab_ = Tab::Chart;
}

void App::handle_shortcuts(UiOutput& out) {
    const bool typing = ImGui::GetIO().WantTextInput;
    if (shortcut(Key::S)) out.command(CommandKind::Save);
    if (shortcut(Key::S, true)) out.command(CommandKind::SaveAs);
    if (shortcut(Key::O)) out.command(CommandKind::Open);
    if (shortcut(Key::N)) out.command(CommandKind::New);
    if (shortcut(Key::Q)) out.command(CommandKind::Quit);
    if (shortcut(Key::Num1)) out.command(CommandKind::ShowGrid);
    if (shortcut(Key::Num2)) out.command(CommandKind::ShowCheckIn);
    if (shortcut(Key::Num3)) out.command(CommandKind::ShowReview);
    if (shortcut(Key::P, true)) out.command(CommandKind::ToggleProgress);
    if (shortcut(Key::Equal) || shortcut(Key::Equal, true) || shortcut(Key::KeypadAdd)) out.command(CommandKind::ZoomIn);
    if (shortcut(Key::Minus) || shortcut(Key::KeypadSubtract)) out.command(CommandKind::ZoomOut);
    if (shortcut(Key::Num0) || shortcut(Key::Keypad0)) out.command(CommandKind::ZoomReset);
    if (pressed(Key::F1, false)) out.command(CommandKind::ShowKeys);
    if (typing) return;  // inside a text field, Ctrl+Z belongs to the field
    if (shortcut(Key::Z)) out.command(CommandKind::Undo);
    if (shortcut(Key::Z, true) || shortcut(Key::Y)) out.command(CommandKind::Redo);
}

// Messages float over the bottom of the window instead of pushing the layout down.
void App::draw_banner() {
    const std::string* text = !save_error_.empty() ? &save_error_ : (!notice_.empty() ? &notice_ : nullptr);
    const bool font_problem = !atlas_.problem().empty() && !atlas_.has_korean();
    if (text == nullptr && !font_problem) return;
    const bool error = !save_error_.empty() || font_problem;
    const ImVec4 bg = error ? ImVec4(0.75f, 0.18f, 0.18f, 0.97f) : ImVec4(0.16f, 0.38f, 0.72f, 0.97f);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float margin = 12.0f * scale_;
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, viewport->WorkPos.y + viewport->WorkSize.y - margin),
                            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(viewport->WorkSize.x - 2 * margin, FLT_MAX));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, bg);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 6.0f * scale_);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12.0f * scale_, 8.0f * scale_));
    ImGui::Begin("##banner", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove);
    std::string line;
    if (!save_error_.empty()) line = std::string(tr(Str::SaveFailed, settings_.language)) + ": " + save_error_;
    else if (font_problem) line = tr(Str::NoKoreanFont, settings_.language);
    else line = *text;
    ImGui::PushTextWrapPos(viewport->WorkSize.x - 6 * margin);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopTextWrapPos();
    if (conflict_) {
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(Str::ConflictResolve, settings_.language))) prompts_.ask_conflict();
    }
    if (save_error_.empty() && !font_problem) {
        ImGui::SameLine();
        if (ImGui::SmallButton("x")) notice_.clear();
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
}

void App::draw_quit_dialog(UiOutput& out) {
    const Language l = settings_.language;
    if (ask_quit_) {
        ImGui::OpenPopup("quit");
        ask_quit_ = false;
    }
    if (!ImGui::BeginPopupModal("quit", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) return;
    ImGui::TextUnformatted(tr(Str::QuitTitle, l));
    ImGui::Separator();
    ImGui::TextUnformatted(tr(Str::QuitUnsavedMessage, l));
    if (!save_error_.empty()) ImGui::TextDisabled("%s", save_error_.c_str());
    if (ImGui::Button(tr(Str::QuitSaveAs, l))) {
        out.command(CommandKind::SaveAs);
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::QuitKeepEditing, l))) ImGui::CloseCurrentPopup();
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::QuitDiscard, l))) {
        quit_ = true;
        remove_journal(document_.path());  // discarded on purpose: nothing to recover next time
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void App::draw_keys_window() {
    if (!show_keys_) return;
    ImGui::SetNextWindowPos(ImVec2(ImGui::GetIO().DisplaySize.x * 0.5f, ImGui::GetIO().DisplaySize.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::Begin(tr(Str::KeysTitle, settings_.language), &show_keys_,
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse)) {
        // Keys and what they do, one binding per line of the table (a tab between the two).
        if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX)) {
            std::string_view body = tr(Str::KeysBody, settings_.language);
            while (!body.empty()) {
                const std::size_t end = std::min(body.find('\n'), body.size());
                const std::string_view line = body.substr(0, end);
                const std::size_t tab = line.find('\t');
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextDisabled("%.*s", static_cast<int>(std::min(tab, line.size())), line.data());
                ImGui::TableNextColumn();
                if (tab != std::string_view::npos) ImGui::TextUnformatted(line.data() + tab + 1, line.data() + line.size());
                body.remove_prefix(std::min(end + 1, body.size()));
            }
            ImGui::EndTable();
        }
        if (ImGui::Button(tr(Str::Close, settings_.language)) || pressed(Key::Escape, false)) show_keys_ = false;
    }
    ImGui::End();
}

const PlanStats& App::stats() {
    if (stats_revision_ != document_.revision() || !(stats_date_ == today_)) {
        stats_ = plan_stats(document_.plan(), today_);
        stats_revision_ = document_.revision();
        stats_date_ = today_;
    }
    return stats_;
}

void App::draw_tabs(UiOutput& out) {
    if (!ImGui::BeginTabBar("views", ImGuiTabBarFlags_None)) return;
    const Language l = settings_.language;
    const auto tab = [&](View which, Str label, CommandKind command) {
        const ImGuiTabItemFlags flags = tab_ == which && shown_tab_ != which ? ImGuiTabItemFlags_SetSelected : 0;
        if (ImGui::BeginTabItem(tr(label, l), nullptr, flags)) {
            if (shown_tab_ != which && tab_ == shown_tab_) out.command(command);  // clicked
            shown_tab_ = which;
            ImGui::EndTabItem();
        }
    };
    tab(Tab::Chart, Str::TabChart, CommandKind::ShowGrid);
    tab(Tab::CheckIn, Str::TabCheckIn, CommandKind::ShowCheckIn);
    tab(Tab::Review, Str::TabReview, CommandKind::ShowReview);
    ImGui::EndTabBar();
}

// Characters that no installed font has are drawn as boxes and named once, in the banner.
void App::report_missing_glyphs() {
    std::string named;
    int count = 0;
    for (const char32_t c : atlas_.missing()) {
        if (!missing_reported_.insert(c).second) continue;
        if (++count > 6) continue;
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
        std::string glyph;
        append_utf8(glyph, c);
        named += (named.empty() ? "" : ", ") + to_imgui(glyph) + " " + code;
    }
    if (count == 0) return;
    if (count > 6) named += ", …";
    char line[512];
    std::snprintf(line, sizeof line, tr(Str::MissingGlyphsFormat, settings_.language), named.c_str());
    notice_ = line;
}

void App::frame(double now) {
    today_ = options_.clock();  // the app may stay open past midnight
    report_missing_glyphs();
    text_input().request = {};  // the views say again where text goes
    const ViewContext ctx{document_, settings_.language, settings_.theme, atlas_.fonts(), scale_,
                          today_,    stats(),            settings_.show_progress};
    UiOutput out;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushFont(atlas_.fonts().ui);
    ImGui::Begin("main", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    const int selected_goal = ChartView::sub_goal_of(chart_.selection());
    draw_menu_bar(ctx, MenuState{settings_, focus_mode_, focus_.sub_goal(), selected_goal, tab_}, out);
    draw_banner();
    draw_tabs(out);
    // The chart owns the keyboard unless a popup, dialog or menu is open.
    const bool keyboard = !dialog_.visible() && !show_keys_ &&
                          !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel) &&
                          ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows);
    if (keyboard) handle_shortcuts(out);
    if (tab_ == Tab::CheckIn) check_in_.draw(ctx, keyboard, out);
    else if (tab_ == Tab::Review) review_.draw(ctx, comparison(), keyboard, out);
    else if (focus_mode_) focus_.draw(ctx, keyboard, out);
    else chart_.draw(ctx, keyboard, out);
    dialog_.draw(ctx, today_.year, out);
    prompts_.draw(ctx, conflict_, recovery_.has_value(), out);
    plan_settings_.draw(ctx, out);
    draw_quit_dialog(out);
    ImGui::End();
    draw_keys_window();
    ImGui::PopFont();
    settle_frames_ = !out.commands.empty() || !out.edits.empty() ? 12 : std::max(0, settle_frames_ - 1);
    apply(out, now);

    keep_journal(now);
    // Autosave: shortly after the last edit, and again later if a save failed.
    const bool waited = now - last_change_ >= kAutosaveDelay;
    const bool retry_ok = failed_revision_ != document_.revision() || now - last_failed_save_ >= kSaveRetryDelay;
    if (document_.dirty() && waited && retry_ok && !document_.read_only()) save_now(now);
    if (prompts_.opening()) settle_frames_ = 12;  // a question asked outside any input (autosave, start) still shows
}

void App::apply(UiOutput& out, double now) {
    for (const Edit& edit : out.edits) {
        const std::uint64_t before = document_.revision();
        const std::string refused = document_.apply(edit);
        if (!refused.empty()) notice_ = refused;
        if (document_.revision() != before) last_change_ = now;
    }
    for (const AppCommand& command : out.commands) run_command(command, now);
}

// An edit still open in a cell is part of what the user means to save (Ctrl+S, Ctrl+Q).
void App::commit_open_edits(double now) {
    UiOutput pending;
    chart_.finish_edit(document_, pending);
    focus_.finish_edit(document_, pending);
    apply(pending, now);
}

void App::run_command(const AppCommand& c, double now) {
    std::string error;
    switch (c.kind) {
        case CommandKind::New:
            dialog_.open(FileDialogMode::New, folder_of_document(), std::to_string(today_.year) + kPlanExtension);
            break;
        case CommandKind::Open: dialog_.open(FileDialogMode::Open, folder_of_document(), ""); break;
        case CommandKind::SaveAs:
            dialog_.open(FileDialogMode::SaveAs, folder_of_document(), std::filesystem::path(document_.path()).filename().string());
            break;
        case CommandKind::OpenPath:
            if (document_.dirty()) save_now(now);
            if (!open_document(c.path, false, error)) notice_ = error;
            break;
        case CommandKind::NewPlanForYear: {
            if (file_exists(c.path)) {
                notice_ = c.path + ": already exists";
                break;
            }
            if (const std::string problem = check_year(c.number); !problem.empty()) {
                notice_ = problem;
                break;
            }
            if (document_.dirty()) save_now(now);
            if (!open_document(c.path, true, error, c.number)) notice_ = error;
            else save_now(now);
            break;
        }
        case CommandKind::Save:
            commit_open_edits(now);
            if (conflict_) prompts_.ask_conflict();
            else if (save_now(now)) notice_.clear();
            break;
        case CommandKind::SaveAsPath: {
            LockAttempt attempt = lock_plan(c.path, "mandalart editor");
            if (!attempt.lock.held()) {
                save_error_ = attempt.held_by ? std::string(tr(Str::LockedBy, settings_.language)) + " " + attempt.held_by->describe()
                                              : attempt.error;
                break;
            }
            Document copy(document_.plan(), c.path);
            const SaveResult saved = save_document(copy);
            if (!saved.error.empty()) {
                save_error_ = saved.error;
                break;
            }
            if (!document_.read_only()) remove_journal(document_.path());
            lock_ = std::move(attempt.lock);
            document_.set_path(c.path);
            document_.set_read_only(false);
            document_.set_disk_hash(saved.hash);
            document_.mark_saved();
            save_error_.clear();
            conflict_ = false;
            settings_.remember_file(c.path);
            break;
        }
        case CommandKind::Quit:
            commit_open_edits(now);
            request_quit();
            break;
        case CommandKind::Undo:
            if (document_.undo()) last_change_ = now;
            break;
        case CommandKind::Redo:
            if (document_.redo()) last_change_ = now;
            break;
        case CommandKind::ShowGrid:
            if (tab_ == Tab::Chart) focus_mode_ = false;  // Esc / the menu item: back from the focus view
            tab_ = Tab::Chart;
            break;
        case CommandKind::ShowFocus: show_focus(c.number); break;
        case CommandKind::ShowCheckIn: tab_ = Tab::CheckIn; break;
        case CommandKind::ShowReview: tab_ = Tab::Review; break;
        case CommandKind::ExportRetrospective:
            dialog_.open(FileDialogMode::ExportRetrospective, folder_of_document(),
                         std::filesystem::path(beside_plan(settings_.language == Language::Korean ? "-회고.md" : "-retrospective.md"))
                             .filename()
                             .string());
            break;
        case CommandKind::ExportImage:
            dialog_.open(FileDialogMode::ExportImage, folder_of_document(), std::filesystem::path(beside_plan(".png")).filename().string());
            break;
        case CommandKind::ExportRetrospectivePath:
        case CommandKind::ExportImagePath: export_to(c); break;
        case CommandKind::NextYearPlan: start_next_year(now); break;
        case CommandKind::ZoomIn: settings_.zoom = std::min(Settings::kMaxZoom, settings_.zoom * 1.1f); break;
        case CommandKind::ZoomOut: settings_.zoom = std::max(Settings::kMinZoom, settings_.zoom / 1.1f); break;
        case CommandKind::ZoomReset: settings_.zoom = 1.0f; break;
        case CommandKind::SetTheme:
            settings_.theme = static_cast<Theme>(c.number);
            apply_theme(settings_.theme, scale_);
            break;
        case CommandKind::SetLanguage: settings_.language = static_cast<Language>(c.number); break;
        case CommandKind::SetFont:
            settings_.font_path = c.path;
            options_.font_override.clear();
            fonts_configured_ = false;
            break;
        case CommandKind::ToggleProgress: settings_.show_progress = !settings_.show_progress; break;
        case CommandKind::ShowKeys: show_keys_ = true; break;
        case CommandKind::ShowRestore: show_restore(now); break;
        case CommandKind::ShowPlanSettings: plan_settings_.open(document_.plan()); break;
        case CommandKind::RestoreVersion: restore(c.number, now); break;
        case CommandKind::ReloadTheirs:
        case CommandKind::KeepMine: resolve_conflict(c.kind, now); break;
        case CommandKind::RecoverJournal:
        case CommandKind::DiscardJournal: answer_recovery(c.kind, now); break;
    }
}

// ---- the file on disk: earlier versions, changes by other programs, crash recovery ----------

void App::show_restore(double now) {
    if (document_.read_only() || document_.path().empty()) return;
    if (document_.dirty()) save_now(now);  // so what is on screen is among what can be restored
    std::vector<VersionRow> rows;
    prompt_text_.clear();
    for (const Backup& backup : list_backups(document_.path())) {
        const LoadedPlan version = load_plan_file(backup.path);
        char summary[512];
        if (version.error.empty())
            std::snprintf(summary, sizeof summary, tr(Str::RestoreSummaryFormat, settings_.language),
                          version.plan.core.empty() ? "—" : to_imgui(version.plan.core).c_str(),
                          weeks_count(static_cast<int>(version.plan.weeks.size()), settings_.language).c_str());
        else std::snprintf(summary, sizeof summary, "%s", version.error.c_str());
        rows.push_back({backup.time_label(), backup.size_label(), summary});
        prompt_text_ += rows.back().summary;
    }
    prompts_.ask_restore(std::move(rows));
}

void App::restore(int version, double now) {
    if (document_.read_only() || version < 1) return;
    if (document_.dirty() && !save_now(now)) {
        notice_ = save_error_;
        return;
    }
    SaveOptions options;
    options.expected_hash = document_.disk_hash();
    std::string when;
    const SaveResult restored = restore_version(document_.path(), static_cast<std::size_t>(version), options, &when);
    if (!restored.error.empty()) {
        if (restored.changed_on_disk) note_conflict();
        else notice_ = restored.error;
        return;
    }
    reload_from_disk();
    char message[512];
    std::snprintf(message, sizeof message, tr(Str::RestoreDoneFormat, settings_.language), when.c_str());
    notice_ = message;
}

// Another program changed the file: nothing more is saved until the user chooses.
void App::note_conflict() {
    conflict_ = true;
    save_error_ = tr(Str::ConflictBanner, settings_.language);
    prompts_.ask_conflict();
}

// Whichever version is not kept stays in the backups: theirs when a save replaces it, mine here.
void App::resolve_conflict(CommandKind choice, double now) {
    if (!conflict_) return;
    if (choice == CommandKind::KeepMine) {
        save_now(now, true);
        return;
    }
    if (const std::string error = keep_backup(*options_.file_system, document_.path(), encode_plan(document_.plan()));
        !error.empty()) {
        save_error_ = error;  // mine could not be kept: do not drop it
        return;
    }
    remove_journal(document_.path());
    reload_from_disk();
    notice_ = tr(Str::ReloadedTheirs, settings_.language);
}

void App::answer_recovery(CommandKind choice, double now) {
    if (!recovery_) return;
    if (choice == CommandKind::RecoverJournal) {
        Document recovered(std::move(recovery_->plan), document_.path());
        recovered.set_disk_hash(document_.disk_hash());
        recovered.mark_unsaved();
        set_document(std::move(recovered));
        last_change_ = now;  // autosaved shortly, like any edit
        notice_ = tr(Str::Recovered, settings_.language);
    } else {
        // Discarded, but still kept as an earlier version, in case that was a mistake.
        keep_backup(*options_.file_system, document_.path(), encode_plan(recovery_->plan));
        remove_journal(document_.path());
        notice_.clear();
    }
    recovery_.reset();
}

void App::request_quit() {
    if (!document_.dirty() || document_.read_only()) {
        quit_ = true;
        return;
    }
    if (save_now(0.0)) quit_ = true;
    else ask_quit_ = true;
}

double App::seconds_until_wakeup(double now) const {
    if (settle_frames_ > 0) return 0.0;  // what a command opened (a dialog, a modal) appears without further input
    if (chart_.editing() || focus_.editing() || review_.editing() || ImGui::GetIO().WantTextInput) return 0.5;  // caret blink
    if (!document_.dirty() || document_.read_only() || conflict_) return -1.0;
    if (journaled_revision_ != document_.revision() && !recovery_)
        return std::max(0.0, std::min(last_journal_ + kJournalInterval, last_change_ + kAutosaveDelay) - now);
    if (failed_revision_ == document_.revision()) return std::max(0.0, last_failed_save_ + kSaveRetryDelay - now);
    return std::max(0.0, last_change_ + kAutosaveDelay - now);
}

void App::shutdown() {
    settings_.open_view = tab_;
    if (document_.dirty() && !document_.read_only()) save_now(0.0);
    if (!options_.settings_path.empty()) {
        make_folders(std::filesystem::path(options_.settings_path).parent_path().string());
        save_settings(options_.settings_path, settings_);
    }
}

// ---- exports ---------------------------------------------------------------------------------

// "…/2026.mandalart.json" → "…/2026" + suffix: exports are written beside the plan.
std::string App::beside_plan(const std::string& suffix) const {
    std::string path = document_.path();
    if (path.size() > std::string(kPlanExtension).size() && path.ends_with(kPlanExtension))
        path.resize(path.size() - std::string(kPlanExtension).size());
    else path = std::filesystem::path(path).replace_extension().string();
    return path + suffix;
}

// Writes the retrospective (with its image) or the chart image where the dialog said; a file
// already there is replaced only once the user has said so (command.number 1).
void App::export_to(const AppCommand& command) {
    const std::string& path = command.path;
    const bool retrospective = command.kind == CommandKind::ExportRetrospectivePath;
    std::vector<std::string> targets{path};
    if (retrospective) targets.push_back(image_path_for(path));
    if (command.number != 1)
        for (const std::string& target : targets)
            if (file_exists(target)) {
                prompts_.ask_replace(target, command);
                return;
            }
    std::string error;
    if (retrospective) {
        error = write_retrospective(path, document_.plan(), stats(), comparison(), settings_.language);
    } else {
        const PlanStats* shading = settings_.show_progress ? &stats() : nullptr;
        error = write_chart_png(make_chart_picture(document_.plan(), shading, kChartPngWidth), path);
    }
    std::string wrote = targets.front();
    if (retrospective) wrote += ", " + targets.back();
    notice_ = error.empty() ? std::string(tr(Str::ReviewWrote, settings_.language)) + " " + wrote : error;
}

// A plan for the next year beside this one (all actions carried, no check-ins), then opened.
void App::start_next_year(double now) {
    const Plan& plan = document_.plan();
    if (const std::string problem = check_year(plan.year + 1); !problem.empty()) {
        notice_ = problem;
        return;
    }
    const std::string path = folder_of_document() + "/" + std::to_string(plan.year + 1) + kPlanExtension;
    std::string error;
    if (file_exists(path)) {  // already started: just open it
        if (document_.dirty()) save_now(now);
        if (!open_document(path, false, error)) notice_ = error;
        return;
    }
    Plan next = next_year_plan(plan, stats(), Carry::All);
    next.start = start_week_for(next.year, today_);
    if (const std::string problem = save_plan_file(path, next); !problem.empty()) {
        notice_ = problem;
        return;
    }
    if (document_.dirty()) save_now(now);
    if (!open_document(path, false, error)) notice_ = error;
    else notice_ = std::string(tr(Str::ReviewWrote, settings_.language)) + " " + path;
}

}  // namespace mandalart::ui
