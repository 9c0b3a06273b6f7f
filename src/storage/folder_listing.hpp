#pragma once
// What the file dialog shows: the sub-folders and plan files of one folder.
#include <string>
#include <vector>

namespace mandalart {

inline constexpr const char* kPlanExtension = ".mandalart.json";

struct FolderListing {
    std::vector<std::string> folders;  // names, sorted, hidden ones left out
    std::vector<std::string> plans;    // names ending in .mandalart.json, sorted
    std::string error;                 // one line when the folder cannot be read
};

FolderListing list_folder(const std::string& folder);
bool is_plan_file_name(const std::string& name);

}  // namespace mandalart
