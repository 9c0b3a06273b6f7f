// What the editor draws around the views: the banner, the tabs, the quit question and the F1 list.
#include "ui/app.hpp"

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include <imgui.h>

#include "storage/journal.hpp"
#include "ui/command_table.hpp"
#include "ui/hit_targets.hpp"
#include "ui/keys.hpp"
#include "ui/modal.hpp"
#include "ui/strings.hpp"
#include "ui/text_fit.hpp"

namespace mandalart::ui {
namespace {

// The session's message in the UI's words.
std::string wording(const Notice& notice, Language l) {
    char line[1024];
    switch (notice.kind) {
        case Notice::Kind::None: return {};
        case Notice::Kind::Text: return notice.detail;
        case Notice::Kind::ReadOnly: return notice.detail + ": " + tr(Str::ReadOnly, l);
        case Notice::Kind::LockedBy: return std::string(tr(Str::LockedBy, l)) + " " + notice.detail;
        case Notice::Kind::CreatedAt: return std::string(tr(Str::CreatedAt, l)) + " " + notice.detail;
        case Notice::Kind::RecoveryOffered: {
            std::snprintf(line, sizeof line, tr(Str::RecoverMessageFormat, l), notice.detail.c_str());
            const std::string message = line;
            return message.substr(0, message.find('\n'));  // the banner's line; the prompt says the rest
        }
        case Notice::Kind::Recovered: return tr(Str::Recovered, l);
        case Notice::Kind::Restored:
            std::snprintf(line, sizeof line, tr(Str::RestoreDoneFormat, l), notice.detail.c_str());
            return line;
        case Notice::Kind::ReloadedTheirs: return tr(Str::ReloadedTheirs, l);
        case Notice::Kind::Wrote: return std::string(tr(Str::ReviewWrote, l)) + " " + notice.detail;
        case Notice::Kind::Merged:
            if (notice.detail.empty()) return tr(Str::MergedTheirs, l);
            std::snprintf(line, sizeof line, tr(Str::MergedCopyFormat, l), notice.detail.c_str());
            return line;
        case Notice::Kind::FromCommandLine:
            std::snprintf(line, sizeof line, tr(Str::FromCommandLineFormat, l), notice.detail.c_str());
            return line;
    }
    return notice.detail;
}

}  // namespace

std::string App::save_error() const {
    if (session_.conflict()) return tr(Str::ConflictBanner, settings_.language);
    return wording(session_.save_error(), settings_.language);
}

std::string App::notice() const { return wording(session_.notice(), settings_.language); }

bool App::notice_is_passing() const {
    switch (session_.notice().kind) {
        case Notice::Kind::CreatedAt:
        case Notice::Kind::Recovered:
        case Notice::Kind::Restored:
        case Notice::Kind::ReloadedTheirs:
        case Notice::Kind::Wrote:
        case Notice::Kind::Merged:
        case Notice::Kind::FromCommandLine: return save_error().empty();
        default: return false;
    }
}

float App::status_bar_height() const { return ImGui::GetFrameHeight() + 8.0f * scale_; }

// One line across the bottom of the window, below the views. An error (red) or a lasting state
// (blue: read-only, a lock, conflicts waiting) stays until it is dismissed or over; a message
// that only tells what happened leaves after kNoticeSeconds (not while the pointer is on it).
void App::draw_status_bar(double now) {
    if (session_.notice() != shown_notice_) {
        shown_notice_ = session_.notice();
        notice_since_ = now;
    }
    if (notice_is_passing() && !notice_hovered_ && now - notice_since_ >= kNoticeSeconds) session_.clear_notice();
    const std::string error = save_error();
    const bool font_problem = !fonts_.problem().empty() && !fonts_.has_korean();
    std::string line;
    if (!error.empty()) line = std::string(tr(Str::SaveFailed, settings_.language)) + ": " + error;
    else if (font_problem) line = tr(Str::NoKoreanFont, settings_.language);
    else line = notice();
    // Conflicts a merge left wait here while their panel is closed.
    const int waiting = conflict_panel_.visible() ? 0 : static_cast<int>(session_.document().plan().conflicts.size());
    const bool conflicts_line = line.empty() && waiting > 0;
    if (conflicts_line) {
        char text[256];
        std::snprintf(text, sizeof text, tr(Str::ConflictsBannerFormat, settings_.language), waiting);
        line = text;
    }
    const bool alarm = !error.empty() || font_problem;
    const bool quiet = line.empty();  // nothing to say: the plan's file, muted
    if (quiet) line = session_.document().path();
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x, height = status_bar_height();
    status_bar_ = ImRect(min, ImVec2(min.x + width, min.y + height));
    ImDrawList& list = *ImGui::GetWindowDrawList();
    const bool red = alarm || (!conflicts_line && session_.notice().kind == Notice::Kind::Text);  // an error line
    const ImU32 bg = red ? IM_COL32(191, 46, 46, 250) : IM_COL32(41, 97, 184, 250);
    if (!quiet) list.AddRectFilled(ImVec2(min.x, min.y + 2.0f * scale_), status_bar_.Max, bg, 6.0f * scale_);
    const float pad = 10.0f * scale_;
    const float button_w = quiet ? 0.0f : ImGui::GetFrameHeight() * 3.2f;
    const float text_w = width - 2 * pad - button_w;
    ImFont* font = ImGui::GetFont();
    const std::string shown = fit_line(*font, ImGui::GetFontSize(), line, std::max(0.0f, text_w));
    const ImVec2 text_at(min.x + pad, min.y + (height - ImGui::GetFontSize()) * 0.5f + scale_);
    list.AddText(text_at, quiet ? ImGui::GetColorU32(ImGuiCol_TextDisabled) : IM_COL32(255, 255, 255, 255), shown.c_str());
    ImGui::SetCursorScreenPos(min);
    ImGui::InvisibleButton("##status", ImVec2(std::max(1.0f, width - button_w), height));
    notice_hovered_ = !quiet && ImGui::IsItemHovered();
    if (ImGui::IsItemHovered() && shown != line) {  // cut: the whole line on hover
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36.0f);
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    if (quiet) return;
    ImGui::SameLine(0.0f, 0.0f);
    ImGui::SetCursorScreenPos(ImVec2(min.x + width - button_w + 2.0f * scale_, min.y + 4.0f * scale_));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(1, 1, 1, 0.18f));
    if (session_.conflict()) {
        if (ImGui::SmallButton(tr(Str::ConflictResolve, settings_.language))) prompts_.ask_conflict();
    } else if (conflicts_line) {
        if (ImGui::SmallButton(tr(Str::ConflictsShow, settings_.language))) conflict_panel_.open();
        mark_target("conflicts-show");
    } else if (!alarm) {
        if (ImGui::SmallButton("x")) session_.clear_notice();
        mark_target("notice-dismiss");
    }
    ImGui::PopStyleColor(2);
}

void App::draw_tabs(UiOutput& out) {
    if (!ImGui::BeginTabBar("views", ImGuiTabBarFlags_None)) return;
    const Language l = settings_.language;
    const auto tab = [&](View which, Str label, AppCommand command) {
        const ImGuiTabItemFlags flags = tab_ == which && shown_tab_ != which ? ImGuiTabItemFlags_SetSelected : 0;
        if (ImGui::BeginTabItem(tr(label, l), nullptr, flags)) {
            if (shown_tab_ != which && tab_ == shown_tab_) out.command(std::move(command));  // clicked
            shown_tab_ = which;
            ImGui::EndTabItem();
        }
    };
    tab(Tab::Chart, Str::TabChart, cmd::ShowChart{});
    tab(Tab::CheckIn, Str::TabCheckIn, cmd::ShowCheckIn{});
    tab(Tab::Review, Str::TabReview, cmd::ShowReview{});
    ImGui::EndTabBar();
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
    if (const std::string error = save_error(); !error.empty()) ImGui::TextDisabled("%s", error.c_str());
    if (ImGui::Button(tr(Str::QuitSaveAs, l))) {
        out.command(cmd::SaveAs{});
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::QuitKeepEditing, l))) ImGui::CloseCurrentPopup();
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::QuitDiscard, l))) {
        quit_ = true;
        session_.discard_unsaved();  // discarded on purpose: nothing to recover next time
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// The plan asked for cannot be read at all: the window says why, and offers the ways on.
void App::draw_start_failure(UiOutput& out) {
    const Language l = settings_.language;
    const std::string id = std::string(tr(Str::StartFailedTitle, l)) + "###cannot-open";
    if (!begin_modal(id.c_str(), ask_start_failure_)) return;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_width());
    ImGui::TextUnformatted(start_failure_.c_str());
    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(Str::StartFailedHint, l));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    choice(tr(Str::DamagedOpenOther, l), cmd::Open{}, out, "cannot-open-open");
    beside_if_fits(tr(Str::MenuNew, l));
    choice(tr(Str::MenuNew, l), cmd::New{}, out, "cannot-open-new");
    beside_if_fits(tr(Str::MenuQuit, l));
    choice(tr(Str::MenuQuit, l), cmd::Quit{}, out, "cannot-open-quit");
    ImGui::EndPopup();
}

// The F1 list: the command table's keys, then the keys each view reads (a tab between key and meaning).
void App::draw_keys_window() {
    if (!show_keys_) return;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(display.x * 0.95f, display.y * 0.9f));
    const Language l = settings_.language;
    if (ImGui::Begin(tr(Str::KeysTitle, l), &show_keys_, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse)) {
        const auto row = [](std::string_view keys, std::string_view meaning) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%.*s", static_cast<int>(keys.size()), keys.data());
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);  // a small window wraps the meaning instead of cutting it
            ImGui::TextUnformatted(meaning.data(), meaning.data() + meaning.size());
            ImGui::PopTextWrapPos();
        };
        const std::string_view chart = tr(Str::KeysChart, l), views = tr(Str::KeysCheckInReview, l);
        const auto shortcuts = std::count_if(command_table().begin(), command_table().end(),
                                             [](const CommandEntry& e) { return e.chord.key != Key::Unknown; });
        const auto lines = [](std::string_view text) { return std::count(text.begin(), text.end(), '\n') + 1; };
        const auto rows = static_cast<float>(lines(chart) + std::size(kViewKeys) + lines(views) + shortcuts);
        const float row_height = ImGui::GetTextLineHeight() + 2.0f * ImGui::GetStyle().CellPadding.y;
        const float height = std::min(rows * row_height + 2.0f, display.y * 0.7f);
        const float width = std::min(ImGui::GetFontSize() * 34.0f, display.x * 0.9f - 2.0f * ImGui::GetStyle().WindowPadding.x);
        if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_PadOuterX | ImGuiTableFlags_ScrollY,
                              ImVec2(width, height))) {
            ImGui::TableSetupColumn("keys", ImGuiTableColumnFlags_WidthFixed);
            ImGui::TableSetupColumn("meaning", ImGuiTableColumnFlags_WidthStretch);
            const auto table_lines = [&](std::string_view rest) {
                while (!rest.empty()) {
                    const std::size_t end = std::min(rest.find('\n'), rest.size());
                    const std::string_view line = rest.substr(0, end);
                    const std::size_t tab = std::min(line.find('\t'), line.size());
                    row(line.substr(0, tab), line.substr(std::min(tab + 1, line.size())));
                    rest.remove_prefix(std::min(end + 1, rest.size()));
                }
            };
            table_lines(chart);
            for (const ViewKey& key : kViewKeys) row(chord_label(key.chord), tr(key.meaning, l));
            table_lines(views);
            for (const CommandEntry& entry : command_table())
                if (entry.chord.key != Key::Unknown) row(chord_label(entry.chord), tr(entry.label, l));
            ImGui::EndTable();
        }
        if (ImGui::Button(tr(Str::Close, l)) || pressed(Key::Escape, false)) show_keys_ = false;
    }
    ImGui::End();
}

}  // namespace mandalart::ui
