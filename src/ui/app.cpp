#include "ui/text_input.hpp"
#include "core/path_text.hpp"
#include "ui/app.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include <imgui.h>

#include "core/chart_texts.hpp"
#include "core/layout.hpp"
#include "core/refusal_language.hpp"
#include "core/text.hpp"
#include "storage/app_paths.hpp"
#include "storage/settings_file.hpp"
#include "ui/command_table.hpp"
#include "ui/hit_targets.hpp"
#include "ui/input_mode_badge.hpp"
#include "ui/menu_bar.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"

namespace mandalart::ui {
namespace {

SessionOptions session_options(const AppOptions& options, Settings& settings, bool& recent_changed) {
    SessionOptions session;
    session.today = options.clock;
    session.file_system = options.file_system;
    session.compare_file = options.compare_file;
    session.remember_file = [&settings, &recent_changed](const std::string& path) {
        const bool first = !settings.recent_files.empty() && settings.recent_files.front() == path;
        settings.remember_file(path);
        recent_changed = recent_changed || !first;
    };
    session.wake = options.wake;
    return session;
}

}  // namespace

App::App(AppOptions options) : options_(std::move(options)), session_(session_options(options_, settings_, recent_changed_)) {
    if (!options_.settings_path.empty()) {
        LoadedSettings loaded = load_settings(options_.settings_path, options_.default_language);
        settings_ = std::move(loaded.settings);
        if (!loaded.warning.empty()) say(loaded.warning);
    } else {
        settings_.language = options_.default_language;
    }
    if (options_.theme) settings_.theme = *options_.theme;
    if (options_.language) settings_.language = *options_.language;
    tab_ = settings_.open_view;
}

std::string App::start() {
    const std::string error = options_.file.empty()
                                  ? session_.open_default(settings_.recent_files, settings_.language, options_.persist_new_plan)
                                  : session_.open(options_.file, true, settings_.language);
    follow_session();
    start_failure_ = error;  // the window, if one opens, says it too
    ask_start_failure_ = !error.empty();
    return error;
}

// A new document from the session (opened, reloaded, recovered) starts the views afresh; its
// questions (another program's changes, unsaved changes to recover) are asked.
void App::follow_session() {
    if (shown_generation_ != session_.document_generation()) {
        shown_generation_ = session_.document_generation();
        chart_.select(primary_position(CellAddress::core()));
        focus_mode_ = false;
        check_in_.reset();
        review_.reset();
    }
    for (const Question question : session_.take_questions()) {
        switch (question) {
            case Question::Conflict: prompts_.ask_conflict(); break;
            case Question::Recovery: prompts_.ask_recovery(session_.recovery_written()); break;
            case Question::ConflictCopy: ask_about_copy(); break;
            case Question::MergeConflicts: conflict_panel_.open(); break;
            case Question::DamagedPlan: damaged_prompt_.ask(); break;
            case Question::FirstRun: first_run_.ask(*session_.first_run()); break;
        }
    }
}

std::string App::window_title() const {
    const Document& document = session_.document();
    const std::string name = document.path().empty() ? "untitled" : file_name_of(document.path());
    const Plan& plan = document.plan();
    const std::string heading = is_blank(plan.title) ? std::to_string(plan.year) : plan.title;
    std::string title = (document.dirty() ? "* " : "") + heading + " — " + name + " — " + tr(Str::AppName, settings_.language);
    if (document.read_only()) title += " [" + std::string(tr(Str::ReadOnly, settings_.language)) + "]";
    if (!session_.save_error().empty()) title += " [" + std::string(tr(Str::SaveFailed, settings_.language)) + "]";
    return title;
}

void App::prepare_fonts(ImFontAtlas& atlas) {
    fonts_.load(atlas, !options_.font_override.empty() ? options_.font_override : settings_.font_path, options_.font_cache_path);
    std::string shown = session_.document().plan().title;  // what the first frame draws: the title and the chart
    for (const auto& row : chart_texts(session_.document().plan()))
        for (const std::string& text : row) shown += text;
    fonts_.prepare_for(shown);
    fonts_stale_ = false;
}

void App::update_fonts(ImFontAtlas& atlas, float content_scale) {
    if (fonts_stale_) prepare_fonts(atlas);  // the first frame, or after File → font
    scale_ = std::clamp(content_scale * settings_.zoom, 0.5f, 4.0f);
    if (themed_scale_ != scale_) {
        apply_theme(settings_.theme, scale_);
        themed_scale_ = scale_;
    }
}

void App::report_missing_glyphs() {
    std::string named;
    int count = 0;
    for (const char32_t c : fonts_.take_missing()) {
        if (!missing_reported_.insert(c).second) continue;
        if (++count > 6) continue;
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
        std::string glyph;
        append_utf8(glyph, c);
        named += (named.empty() ? "" : ", ") + glyph + " " + code;
    }
    if (count == 0) return;
    if (count > 6) named += ", …";
    char line[512];
    std::snprintf(line, sizeof line, tr(Str::MissingGlyphsFormat, settings_.language), named.c_str());
    say(line);
}

void App::show_focus(int sub_goal) {
    focus_.open(sub_goal);
    focus_mode_ = true;
    tab_ = Tab::Chart;
}

void App::frame(double now) {
    if (recent_changed_) persist_settings();
    follow_session();
    report_missing_glyphs();
    begin_frame_targets();
    text_input().request = {};  // the views say again where text goes
    const PlanStats& stats = session_.stats();
    const Fonts fonts = fonts_.fonts(scale_);
    const ViewContext ctx{session_.document(), settings_.language, settings_.theme, fonts, scale_,
                          session_.today(),    stats,              settings_.show_progress, session_.stats_version(),
                          settings_.last_reflections, settings_.show_targets};
    UiOutput out;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushFont(fonts.ui, 0.0f);
    // No background: the platform clears to the window's colour, so a second full-window layer to
    // blend would only cost (a quarter of a frame's drawing under software OpenGL).
    ImGui::Begin("main", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground);
    ImGui::PopStyleVar();
    const int selected_goal = ChartView::sub_goal_of(chart_.selection());
    const bool menu_closed = draw_menu_bar(ctx, MenuState{settings_, focus_mode_, focus_.sub_goal(), selected_goal, tab_}, out);
    draw_tabs(out);
    // The views own the keyboard unless a popup, dialog or menu is open.
    const bool keyboard = !menu_closed && !dialog_.visible() && !show_keys_ &&
                          !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel) &&
                          ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows);
    if (keyboard) handle_shortcuts(ImGui::GetIO().WantTextInput, out);
    // The views above the status bar: a message never covers a cell or a field.
    ImGui::BeginChild("view", ImVec2(0.0f, -status_bar_height()), false, ImGuiWindowFlags_NoBackground);
    if (tab_ == Tab::CheckIn) check_in_.draw(ctx, keyboard, out);
    else if (tab_ == Tab::Review) review_.draw(ctx, session_.comparison(), keyboard, out);
    else if (focus_mode_) focus_.draw(ctx, keyboard, out);
    else chart_.draw(ctx, keyboard, out);
    ImGui::EndChild();
    draw_status_bar(now);
    dialog_.draw(ctx, ctx.today.year, out);
    if (std::string chosen = dialog_.take_chosen_folder(); !chosen.empty() && chosen != settings_.last_folder) {
        settings_.last_folder = std::move(chosen);
        recent_changed_ = true;  // written at once, as the recent plans are
    }
    prompts_.draw(ctx, session_.conflict(), session_.recovery_pending(), !session_.copy_offers().empty(), out);
    plan_settings_.draw(ctx, out);
    damaged_prompt_.draw(ctx, session_.damaged() ? &*session_.damaged() : nullptr, out);
    // Asked again while there is still no plan (another plan looked for and not chosen).
    if (session_.first_run() && !first_run_.opening() && !dialog_.visible() &&
        !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))
        first_run_.ask(*session_.first_run());
    first_run_.draw(ctx, session_.first_run() ? &*session_.first_run() : nullptr, out);
    next_year_.draw(ctx, out);
    reminder_.draw(ctx, out);
    draw_quit_dialog(out);
    draw_start_failure(out);
    ImGui::End();
    draw_keys_window();
    conflict_panel_.draw(ctx, out);
    draw_input_mode_badge(*ImGui::GetForegroundDrawList(), text_input().request, text_input().mode, fonts.ui,
                          ImRect(viewport->WorkPos, ImVec2(viewport->WorkPos.x + viewport->WorkSize.x,
                                                           viewport->WorkPos.y + viewport->WorkSize.y)));
    ImGui::PopFont();
    settle_frames_ = !out.commands.empty() || !out.edits.empty() ? 12 : std::max(0, settle_frames_ - 1);
    apply(out, now);
    const std::uint64_t revision = session_.document().revision();
    const Notice said = session_.notice();
    session_.tick(now);
    // A change from the command line (or a save's message) arrived without any input: show it.
    if (session_.document().revision() != revision || session_.notice() != said) settle_frames_ = 12;
    follow_session();
    if (prompts_.opening() || damaged_prompt_.opening() || first_run_.opening() || ask_start_failure_) settle_frames_ = 12;  // a question asked outside any input (autosave, start) still shows
}

void App::apply(UiOutput& out, double now) {
    for (std::size_t i = 0; i < out.edits.size(); ++i)
        if (std::string refused = session_.apply(out.edits[i], now, out.amends(i)); !refused.empty())
            say(in_language(refused, settings_.language));
    for (const AppCommand& command : out.commands) run_command(command, now);
}

// An edit still open in a cell is part of what the user means to save (Ctrl+S, Ctrl+Q).
void App::commit_open_edits(double now) {
    UiOutput pending;
    chart_.finish_edit(session_.document(), pending);
    focus_.finish_edit(session_.document(), pending);
    apply(pending, now);
}

void App::request_quit(double now) {
    if (session_.ready_to_quit(now)) quit_ = true;
    else ask_quit_ = true;
}

double App::seconds_until_wakeup(double now) const {
    if (settle_frames_ > 0) return 0.0;  // what a command opened (a dialog, a modal) appears without further input
    if (chart_.editing() || focus_.editing() || review_.editing() || ImGui::GetIO().WantTextInput) return 0.5;  // caret blink
    const double due = session_.seconds_until_due(now);
    if (!notice_is_passing()) return due;
    const double leaves = std::max(0.0, notice_since_ + kNoticeSeconds - now);  // the message goes by itself
    return due < 0 ? leaves : std::min(due, leaves);
}

void App::shutdown(double now) {
    settings_.open_view = tab_;
    session_.close(now);
    persist_settings();
}

void App::persist_settings() {
    recent_changed_ = false;
    if (options_.settings_path.empty()) return;
    FileSystem& fs = *options_.file_system;
    make_folders(fs, path_text(file_path(options_.settings_path).parent_path()));
    save_settings(options_.settings_path, settings_, fs);
}

}  // namespace mandalart::ui
