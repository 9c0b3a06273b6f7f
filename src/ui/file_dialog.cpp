#include "ui/text_input.hpp"
#include "core/path_text.hpp"
#include "ui/file_dialog.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/plan.hpp"
#include "storage/app_paths.hpp"
#include "ui/hit_targets.hpp"
#include "ui/strings.hpp"

namespace mandalart::ui {

void FileDialog::open(FileDialogMode mode, const std::string& folder, const std::string& file_name) {
    mode_ = mode;
    visible_ = true;
    just_opened_ = true;
    file_name_ = file_name;
    year_ = 0;
    proposed_.clear();
    taken_.clear();
    focus_name_ = mode != FileDialogMode::Open;  // a name to type, or Enter for the one proposed
    change_folder(folder);
}

void FileDialog::open_new(const std::string& folder, int year) {
    open(FileDialogMode::New, folder, std::to_string(year) + kPlanExtension);
    year_ = year;
    proposed_ = file_name_;
}

const char* FileDialog::extension() const {
    switch (mode_) {
        case FileDialogMode::ExportImage: return ".png";
        case FileDialogMode::ExportRetrospective: return ".md";
        case FileDialogMode::ExportCalendar: return ".ics";
        case FileDialogMode::ExportPdf: return ".pdf";
        default: return kPlanExtension;
    }
}

void FileDialog::change_folder(const std::string& folder) {
    folder_ = absolute_path(folder);
    folder_field_ = folder_;
    listing_ = list_folder(folder_, extension());
    ++listing_revision_;
}

void FileDialog::choose(const std::string& name, int today_year, UiOutput& out) {
    std::string file = name;
    if (mode_ != FileDialogMode::Open && !has_extension(file, extension())) file += extension();
    const std::string path = path_text(file_path(folder_) / file_path(file));
    chosen_folder_ = path_text(file_path(path).parent_path().lexically_normal());
    switch (mode_) {
        case FileDialogMode::Open: out.command(cmd::OpenPath{path}); break;
        case FileDialogMode::SaveAs: out.command(cmd::SaveAsPath{path}); break;
        case FileDialogMode::New:
            if (file_exists(path)) {  // asked: open it, or another name
                taken_ = path;
                return;
            }
            out.command(cmd::NewPlanAt{path, year_ > 0 ? year_ : today_year});
            break;
        case FileDialogMode::ExportImage: out.command(cmd::ExportImage{path}); break;
        case FileDialogMode::ExportRetrospective: out.command(cmd::ExportRetrospective{path}); break;
        case FileDialogMode::ExportCalendar: out.command(cmd::ExportCalendar{path}); break;
        case FileDialogMode::ExportPdf: out.command(cmd::ExportPdf{path, false, print_progress_}); break;
    }
    visible_ = false;
    ImGui::CloseCurrentPopup();
}

void FileDialog::draw(const ViewContext& ctx, int today_year, UiOutput& out) {
    if (!visible_) return;
    const Language lang = ctx.language;
    const char* title = mode_ == FileDialogMode::Open                  ? tr(Str::DialogOpenTitle, lang)
                        : mode_ == FileDialogMode::SaveAs              ? tr(Str::DialogSaveTitle, lang)
                        : mode_ == FileDialogMode::New                 ? tr(Str::DialogNewTitle, lang)
                        : mode_ == FileDialogMode::ExportImage         ? tr(Str::MenuExportImage, lang)
                        : mode_ == FileDialogMode::ExportCalendar      ? tr(Str::MenuExportCalendar, lang)
                        : mode_ == FileDialogMode::ExportPdf           ? tr(Str::MenuExportPdf, lang)
                                                                       : tr(Str::MenuExportRetrospective, lang);
    const std::string popup_id = std::string(title) + "###file_dialog";
    if (just_opened_) {
        ImGui::OpenPopup(popup_id.c_str());
        just_opened_ = false;
        if (year_ == 0) year_ = today_year;
    }
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowSize(ImVec2(std::min(720.0f * ctx.scale, display.x * 0.9f), std::min(520.0f * ctx.scale, display.y * 0.85f)),
                             ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    bool open = true;
    if (!ImGui::BeginPopupModal(popup_id.c_str(), &open)) {
        visible_ = false;
        return;
    }
    if (ImGui::Button(tr(Str::DialogUp, lang))) change_folder(path_text(file_path(folder_).parent_path()));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputText("##folder", &folder_field_, ImGuiInputTextFlags_EnterReturnsTrue)) change_folder(folder_field_);
    text_field_input();
    if (!listing_.error.empty()) ImGui::TextColored(ImVec4(0.85f, 0.2f, 0.2f, 1), "%s", listing_.error.c_str());

    const bool extra_row = mode_ == FileDialogMode::New || mode_ == FileDialogMode::ExportPdf;
    const float footer = ImGui::GetFrameHeightWithSpacing() * (extra_row ? 3.2f : 2.2f);
    ImGui::BeginChild("entries", ImVec2(0, -footer), true);
    std::string enter_folder;
    for (const std::string& name : listing_.folders) {
        const std::string label = "[" + std::string(tr(Str::DialogFolder, lang)) + "]  " + name + "/";
        if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_AllowDoubleClick) && ImGui::IsMouseDoubleClicked(0))
            enter_folder = name;
    }
    for (const std::string& name : listing_.files) {
        if (ImGui::Selectable(name.c_str(), name == file_name_, ImGuiSelectableFlags_AllowDoubleClick)) {
            file_name_ = name;
            if (ImGui::IsMouseDoubleClicked(0)) choose(name, today_year, out);
        }
    }
    ImGui::EndChild();
    if (!enter_folder.empty()) change_folder(path_text(file_path(folder_) / file_path(enter_folder)));

    if (mode_ == FileDialogMode::New) draw_new_plan_fields(ctx, out);
    if (mode_ == FileDialogMode::ExportPdf) {
        ImGui::Checkbox(tr(Str::DialogPrintProgress, lang), &print_progress_);
        mark_target("pdf-progress");
    }
    ImGui::SetNextItemWidth(-220.0f * ctx.scale);
    if (focus_name_) ImGui::SetKeyboardFocusHere();
    focus_name_ = false;
    const bool entered = ImGui::InputTextWithHint("##name", tr(Str::DialogFileName, lang), &file_name_,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    text_field_input();
    ImGui::SameLine();
    const char* ok = mode_ == FileDialogMode::Open ? tr(Str::DialogOpen, lang) : tr(Str::DialogSave, lang);
    const bool ok_clicked = ImGui::Button(ok);
    mark_target("dialog-ok");
    if ((ok_clicked || entered) && !file_name_.empty() && visible_) choose(file_name_, today_year, out);
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::DialogCancel, lang)) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        visible_ = false;
        ImGui::CloseCurrentPopup();
    }
    if (!open) visible_ = false;
    ImGui::EndPopup();
}

void FileDialog::draw_new_plan_fields(const ViewContext& ctx, UiOutput& out) {
    const Language lang = ctx.language;
    ImGui::SetNextItemWidth(160.0f * ctx.scale);
    if (ImGui::InputInt(tr(Str::DialogNewYear, lang), &year_)) {  // the name follows while it is the proposed one
        year_ = std::clamp(year_, kMinYear, kMaxYear);
        if (file_name_ == proposed_) file_name_ = proposed_ = std::to_string(year_) + kPlanExtension;
        taken_.clear();
    }
    if (taken_.empty()) return;
    if (file_name_ != file_name_of(taken_)) {
        taken_.clear();  // another name typed since
        return;
    }
    char line[512];
    std::snprintf(line, sizeof line, tr(Str::DialogNewTakenFormat, lang), file_name_of(taken_).c_str());
    ImGui::TextColored(ImVec4(0.85f, 0.35f, 0.1f, 1), "%s", line);
    ImGui::SameLine();
    const bool open_taken = ImGui::SmallButton(tr(Str::DialogNewOpenTaken, lang));
    mark_target("new-open-taken");
    if (open_taken) {
        out.command(cmd::OpenPath{taken_});
        visible_ = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    const bool other_name = ImGui::SmallButton(tr(Str::DialogNewOtherName, lang));
    mark_target("new-other-name");
    if (other_name) {
        taken_.clear();
        focus_name_ = true;
    }
}

}  // namespace mandalart::ui
