#include "storage/app_paths.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <sys/stat.h>

#include "storage/content_hash.hpp"

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

std::string plan_state_key(const std::string& plan_path) {
    const std::string absolute = absolute_path(plan_path);
    return std::filesystem::path(absolute).filename().string() + "-" + hash_hex(name_hash(absolute));
}

std::string make_folders(FileSystem& fs, const std::string& path) {
    // Each folder made here is the user's own (0700); folders already there keep their mode.
    std::filesystem::path made;
    for (const auto& part : std::filesystem::path(path)) {
        const std::filesystem::path parent = made.empty() ? std::filesystem::path(".") : made;
        made /= part;
        if (made.empty() || std::filesystem::is_directory(made)) continue;
        if (const int error = fs.make_folder(made.string()); error == EEXIST) continue;
        else if (error != 0) return "cannot create " + path + ": " + std::strerror(error);
        if (const int error = fs.sync_folder(parent.string()); error != 0)
            return "cannot create " + path + ": " + std::strerror(error) + " (while flushing " + parent.string() + ")";
    }
    return std::filesystem::is_directory(path) ? std::string{} : "cannot create " + path + ": not a folder";
}

bool file_exists(const std::string& path) {
    std::error_code ec;
    return std::filesystem::exists(std::filesystem::symlink_status(path, ec));  // a dangling link counts too
}

std::string absolute_path(const std::string& path) {
    std::error_code ec;
    const auto absolute = std::filesystem::absolute(path, ec);
    return ec ? path : absolute.lexically_normal().string();
}

}  // namespace mandalart
