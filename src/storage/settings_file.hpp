#pragma once
// settings.json in the config folder. A missing or damaged file gives the defaults
// (the user's plans never depend on it); saving is atomic like a plan.
#include <string>

#include "core/settings.hpp"
#include "storage/file_system.hpp"

namespace mandalart {

struct LoadedSettings {
    Settings settings;
    std::string warning;  // set when a file existed but could not be used
};

LoadedSettings load_settings(const std::string& path, Language default_language);
std::string save_settings(const std::string& path, const Settings& settings, FileSystem& fs);

std::string encode_settings(const Settings& settings);
LoadedSettings decode_settings(const std::string& text, Language default_language);

}  // namespace mandalart
