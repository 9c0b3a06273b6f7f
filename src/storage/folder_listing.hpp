#pragma once
// What the file dialog shows: the sub-folders of one folder and its files of one kind (plans,
// or the PNG images and Markdown drafts an export writes).
#include <string>
#include <vector>

namespace mandalart {

inline constexpr const char* kPlanExtension = ".mandalart.json";

struct FolderListing {
    std::vector<std::string> folders;  // names, sorted, hidden ones left out
    std::vector<std::string> files;    // names ending in the extension asked for, sorted
    std::string error;                 // one line when the folder cannot be read
};

FolderListing list_folder(const std::string& folder, const std::string& extension = kPlanExtension);
bool is_plan_file_name(const std::string& name);
bool has_extension(const std::string& name, const std::string& extension);

}  // namespace mandalart
