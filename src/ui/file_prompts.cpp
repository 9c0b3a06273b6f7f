#include "ui/file_prompts.hpp"

#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "ui/hit_targets.hpp"
#include "ui/keys.hpp"
#include "ui/modal.hpp"
#include "ui/strings.hpp"

namespace mandalart::ui {

CopyQuestion copy_question(const CopyOffer& offer, Language l) {
    CopyQuestion question{offer.copy.path, {}, {}};
    char line[1024];
    std::snprintf(line, sizeof line, tr(Str::CopyMessageFormat, l), sync_tool_name(offer.copy.tool), offer.copy.name.c_str());
    question.message = line;
    if (!offer.error.empty()) {
        std::snprintf(line, sizeof line, tr(Str::CopyUnreadableFormat, l), offer.error.c_str());
        question.brings.push_back(line);
    } else if (offer.brings.empty()) {
        question.brings.push_back(tr(Str::CopyBringsNothing, l));
    } else {
        const MergeSummary& b = offer.brings;
        if (!b.weeks.empty()) {
            std::string weeks;
            for (std::size_t i = 0; i < b.weeks.size() && i < 6; ++i) weeks += (i > 0 ? ", W" : "W") + std::to_string(b.weeks[i]);
            if (b.weeks.size() > 6) weeks += ", …";
            std::snprintf(line, sizeof line, tr(Str::CopyBringsWeeksFormat, l), static_cast<int>(b.weeks.size()), weeks.c_str(), b.ticks);
            question.brings.push_back(line);
        }
        const std::pair<int, Str> counts[] = {{b.notes, Str::CopyBringsNotesFormat},
                                              {b.texts, Str::CopyBringsTextsFormat},
                                              {b.conflicts, Str::CopyBringsConflictsFormat}};
        for (const auto& [count, format] : counts) {
            if (count == 0) continue;
            std::snprintf(line, sizeof line, tr(format, l), count);
            question.brings.push_back(line);
        }
    }
    return question;
}

void FilePrompts::ask_restore(std::vector<VersionRow> versions) {
    versions_ = std::move(versions);
    open_restore_ = true;
}

void FilePrompts::draw(const ViewContext& ctx, bool in_conflict, bool recovery_pending, bool copy_offered, UiOutput& out) {
    draw_restore(ctx, out);
    draw_conflict(ctx, in_conflict, out);
    draw_recovery(ctx, recovery_pending, out);
    draw_replace(ctx, out);
    draw_copy(ctx, copy_offered, out);
}

void FilePrompts::draw_copy(const ViewContext& ctx, bool offered, UiOutput& out) {
    const Language l = ctx.language;
    const std::string id = std::string(tr(Str::CopyTitle, l)) + "###copy";
    if (!begin_modal(id.c_str(), open_copy_, offered)) return;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_width());
    ImGui::TextUnformatted(copy_.message.c_str());
    ImGui::Spacing();
    ImGui::TextUnformatted(tr(Str::CopyBrings, l));
    for (const std::string& line : copy_.brings) ImGui::BulletText("%s", line.c_str());
    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(Str::CopyHint, l));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    choice(tr(Str::CopyMerge, l), cmd::MergeCopy{copy_.path}, out, "copy-merge");
    if (enter_pressed()) {  // merging loses nothing and can be undone
        out.command(cmd::MergeCopy{copy_.path});
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    choice(tr(Str::CopyLater, l), cmd::DismissCopy{copy_.path}, out, "copy-later");
    ImGui::EndPopup();
}

void FilePrompts::draw_replace(const ViewContext& ctx, UiOutput& out) {
    const Language l = ctx.language;
    const std::string id = std::string(tr(Str::ReplaceTitle, l)) + "###replace";
    if (!begin_modal(id.c_str(), open_replace_)) return;
    char message[1024];
    std::snprintf(message, sizeof message, tr(Str::ReplaceMessageFormat, l), replace_existing_.c_str());
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
    ImGui::TextUnformatted(message);
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button(tr(Str::ReplaceButton, l))) {
        AppCommand again = replace_command_;
        std::visit([](auto& c) {
            if constexpr (requires { c.replace; }) c.replace = true;
        }, again);
        out.command(std::move(again));
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::DialogCancel, l)) || pressed(Key::Escape, false)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void FilePrompts::draw_restore(const ViewContext& ctx, UiOutput& out) {
    const Language l = ctx.language;
    // The title is the popup's id; "###" keeps the id the same in both languages.
    const std::string id = std::string(tr(Str::RestoreTitle, l)) + "###restore";
    restore_visible_ = begin_modal(id.c_str(), open_restore_);
    if (!restore_visible_) return;
    ImGui::TextUnformatted(tr(Str::RestoreIntro, l));
    ImGui::Spacing();
    if (versions_.empty()) ImGui::TextDisabled("%s", tr(Str::RestoreNone, l));
    else if (ImGui::BeginTable("versions", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn("#");
        ImGui::TableSetupColumn(tr(Str::RestoreWhen, l));
        ImGui::TableSetupColumn(tr(Str::RestoreSize, l));
        ImGui::TableSetupColumn(tr(Str::RestoreContent, l), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("");
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < versions_.size(); ++i) {
            const VersionRow& row = versions_[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("%zu", i + 1);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.when.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.size.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.summary.c_str());
            ImGui::TableNextColumn();
            choice(tr(Str::RestoreButton, l), cmd::RestoreVersion{static_cast<int>(i + 1)}, out);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    if (ImGui::Button(tr(Str::Close, l)) || pressed(Key::Escape, false)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void FilePrompts::draw_conflict(const ViewContext& ctx, bool in_conflict, UiOutput& out) {
    const Language l = ctx.language;
    const std::string id = std::string(tr(Str::ConflictTitle, l)) + "###conflict";
    if (!begin_modal(id.c_str(), open_conflict_, in_conflict)) return;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_width());
    ImGui::TextUnformatted(tr(Str::ConflictMessage, l));
    ImGui::TextDisabled("%s", tr(Str::ConflictHint, l));
    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr(Str::MergeHint, l));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    choice(tr(Str::MergeTheirsButton, l), cmd::MergeTheirs{}, out, "merge-theirs");
    if (enter_pressed()) {  // the answer that loses nothing is the default
        out.command(cmd::MergeTheirs{});
        ImGui::CloseCurrentPopup();
    }
    beside_if_fits(tr(Str::ConflictReload, l));
    choice(tr(Str::ConflictReload, l), cmd::ReloadTheirs{}, out, "reload-theirs");
    beside_if_fits(tr(Str::ConflictKeepMine, l));
    choice(tr(Str::ConflictKeepMine, l), cmd::KeepMine{}, out, "keep-mine");
    beside_if_fits(tr(Str::QuitSaveAs, l));
    choice(tr(Str::QuitSaveAs, l), cmd::SaveAs{}, out);
    ImGui::EndPopup();
}

void FilePrompts::draw_recovery(const ViewContext& ctx, bool pending, UiOutput& out) {
    const Language l = ctx.language;
    const std::string id = std::string(tr(Str::RecoverTitle, l)) + "###recover";
    if (!begin_modal(id.c_str(), open_recovery_, pending)) return;
    char message[512];
    std::snprintf(message, sizeof message, tr(Str::RecoverMessageFormat, l), recovery_written_.c_str());
    ImGui::TextUnformatted(message);
    ImGui::Spacing();
    choice(tr(Str::RecoverButton, l), cmd::RecoverJournal{}, out);
    if (enter_pressed()) {  // the safe answer is the default
        out.command(cmd::RecoverJournal{});
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    choice(tr(Str::RecoverDiscard, l), cmd::DiscardJournal{}, out);
    ImGui::EndPopup();
}

}  // namespace mandalart::ui
