#include "storage/default_plan.hpp"

#include "storage/app_paths.hpp"
#include "storage/folder_listing.hpp"
#include "storage/settings_file.hpp"

namespace mandalart {

DefaultPlan find_default_plan(const std::string& settings_path, const std::string& data_folder, const Date& today) {
    DefaultPlan found;
    if (file_exists(settings_path)) {
        const Settings settings = load_settings(settings_path, Language::English).settings;
        for (const std::string& path : settings.recent_files)
            if (file_exists(path)) {
                found.path = path;
                return found;
            }
        if (!settings.recent_files.empty()) found.looked.push_back("the editor's recent plans");
    }
    for (const int year : {today.year, today.year + 1}) {
        const std::string path = data_folder + "/" + std::to_string(year) + kPlanExtension;
        if (file_exists(path)) {
            found.path = path;
            return found;
        }
        found.looked.push_back(path);
    }
    return found;
}

}  // namespace mandalart
