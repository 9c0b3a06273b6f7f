#pragma once
// A file dialog drawn with ImGui (no extra dependency): folders and the files of the kind at
// hand (*.mandalart.json plans, or the *.png / *.md an export writes), a path you can type, and
// a file name field for saving.
#include <cstdint>
#include <string>
#include <utility>

#include "storage/folder_listing.hpp"
#include "ui/ui_output.hpp"
#include "ui/view_context.hpp"

namespace mandalart::ui {

enum class FileDialogMode { Open, SaveAs, New, ExportImage, ExportPdf, ExportRetrospective, ExportCalendar };

class FileDialog {
public:
    void open(FileDialogMode mode, const std::string& folder, const std::string& file_name);
    // A new plan for `year`: its file named YEAR.mandalart.json, following the year while the name
    // is the proposed one. A name that is taken is never used silently: the dialog asks whether to
    // open that plan or choose another name.
    void open_new(const std::string& folder, int year);
    bool visible() const { return visible_; }
    const std::string& folder() const { return folder_; }
    // The PDF's question: print the progress too (its default set by the app on opening).
    void set_print_progress(bool value) { print_progress_ = value; }
    bool print_progress() const { return print_progress_; }
    // Draws the modal when visible; a chosen file becomes OpenPath / SaveAsPath / NewPlanAt /
    // ExportImage / ExportPdf / ExportRetrospective / ExportCalendar.
    void draw(const ViewContext& ctx, int today_year, UiOutput& out);
    // Names shown in the listing (their glyphs must be in the font atlas).
    const FolderListing& listing() const { return listing_; }
    // Increases whenever the listing changes.
    std::uint64_t listing_revision() const { return listing_revision_; }
    // The folder a file was last chosen in (once; empty otherwise): the app remembers it.
    std::string take_chosen_folder() { return std::exchange(chosen_folder_, {}); }

private:
    void change_folder(const std::string& folder);
    void choose(const std::string& name, int today_year, UiOutput& out);
    void draw_new_plan_fields(const ViewContext& ctx, UiOutput& out);
    const char* extension() const;

    FileDialogMode mode_ = FileDialogMode::Open;
    bool visible_ = false;
    bool just_opened_ = false;
    std::string folder_;
    std::string chosen_folder_;
    bool print_progress_ = false;
    std::string folder_field_;
    std::string file_name_;
    int year_ = 0;
    std::string proposed_;  // New: the name proposed for the year ("2027.mandalart.json")
    std::string taken_;     // New: the path chosen that is already a file (asked about)
    bool focus_name_ = false;
    FolderListing listing_;
    std::uint64_t listing_revision_ = 0;
};

}  // namespace mandalart::ui
