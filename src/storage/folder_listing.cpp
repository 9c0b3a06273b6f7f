#include "storage/folder_listing.hpp"

#include <algorithm>
#include <filesystem>

namespace mandalart {

bool is_plan_file_name(const std::string& name) {
    const std::string ext = kPlanExtension;
    return name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0;
}

FolderListing list_folder(const std::string& folder) {
    FolderListing listing;
    std::error_code ec;
    std::filesystem::directory_iterator it(folder, ec), end;
    if (ec) {
        listing.error = folder + ": " + ec.message();
        return listing;
    }
    for (; it != end; it.increment(ec)) {
        if (ec) break;
        const std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        std::error_code type_ec;
        if (it->is_directory(type_ec)) listing.folders.push_back(name);
        else if (is_plan_file_name(name)) listing.plans.push_back(name);
    }
    std::sort(listing.folders.begin(), listing.folders.end());
    std::sort(listing.plans.begin(), listing.plans.end());
    return listing;
}

}  // namespace mandalart
