#include "cli/language_choice.hpp"

#include <cstdlib>

#include "storage/user_language.hpp"
#include "storage/app_paths.hpp"
#include "storage/settings_file.hpp"

namespace mandalart::cli {

Language choose_language(const Args& args, std::string& error) {
    if (args.option("lang")) return args.choice("lang", error) == "en" ? Language::English : Language::Korean;
    const Language locale = user_language();
    const std::string settings = config_folder() + "/settings.json";
    if (!file_exists(settings)) return locale;
    return load_settings(settings, locale).settings.language;
}

}  // namespace mandalart::cli
