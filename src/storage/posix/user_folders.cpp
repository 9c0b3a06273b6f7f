// Where the user's things go on Linux: the XDG base folders and the documents folder that
// xdg-user-dirs names.
#include "storage/app_paths.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace mandalart {
namespace {

std::string xdg_folder(const char* variable, const char* fallback_under_home) {
    const char* value = std::getenv(variable);
    if (value != nullptr && value[0] == '/') return std::string(value) + "/mandalart";
    const char* home = std::getenv("HOME");
    return std::string(home != nullptr ? home : ".") + "/" + fallback_under_home + "/mandalart";
}

}  // namespace

std::string documents_folder() {
    const char* home_env = std::getenv("HOME");
    const std::string home = home_env != nullptr ? home_env : ".";
    const char* config = std::getenv("XDG_CONFIG_HOME");
    const std::string dirs = (config != nullptr && config[0] == '/' ? std::string(config) : home + "/.config") + "/user-dirs.dirs";
    std::ifstream in(dirs);
    for (std::string line; std::getline(in, line);) {
        const std::string key = "XDG_DOCUMENTS_DIR=\"";
        if (line.rfind(key, 0) != 0 || line.size() < key.size() + 1 || line.back() != '"') continue;
        std::string value = line.substr(key.size(), line.size() - key.size() - 1);
        if (value.rfind("$HOME", 0) == 0) value = home + value.substr(5);
        if (!value.empty() && value[0] == '/' && std::filesystem::is_directory(value)) return value;
    }
    if (std::filesystem::is_directory(home + "/Documents")) return home + "/Documents";
    return home;
}

std::string config_folder() { return xdg_folder("XDG_CONFIG_HOME", ".config"); }
std::string data_folder() { return xdg_folder("XDG_DATA_HOME", ".local/share"); }
std::string state_folder() { return xdg_folder("XDG_STATE_HOME", ".local/state"); }
std::string cache_folder() { return xdg_folder("XDG_CACHE_HOME", ".cache"); }

}  // namespace mandalart
