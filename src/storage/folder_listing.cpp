#include "storage/folder_listing.hpp"
#include "core/path_text.hpp"

#include <algorithm>
#include <filesystem>

namespace mandalart {

bool has_extension(const std::string& name, const std::string& extension) {
    return name.size() > extension.size() && name.compare(name.size() - extension.size(), extension.size(), extension) == 0;
}

bool is_plan_file_name(const std::string& name) { return has_extension(name, kPlanExtension); }

FolderListing list_folder(const std::string& folder, const std::string& extension) {
    FolderListing listing;
    std::error_code ec;
    std::filesystem::directory_iterator it(file_path(folder), ec), end;
    if (ec) {
        listing.error = folder + ": " + ec.message();
        return listing;
    }
    for (; it != end; it.increment(ec)) {
        if (ec) break;
        const std::string name = path_text(it->path().filename());
        if (name.empty() || name[0] == '.') continue;
        std::error_code type_ec;
        if (it->is_directory(type_ec)) listing.folders.push_back(name);
        else if (has_extension(name, extension)) listing.files.push_back(name);
    }
    std::sort(listing.folders.begin(), listing.folders.end());
    std::sort(listing.files.begin(), listing.files.end());
    return listing;
}

}  // namespace mandalart
