#include "storage/app_paths.hpp"

#include <cstdlib>
#include <filesystem>

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

std::string config_folder() { return xdg_folder("XDG_CONFIG_HOME", ".config"); }
std::string data_folder() { return xdg_folder("XDG_DATA_HOME", ".local/share"); }
std::string state_folder() { return xdg_folder("XDG_STATE_HOME", ".local/state"); }

std::string plan_state_key(const std::string& plan_path) {
    const std::string absolute = absolute_path(plan_path);
    return std::filesystem::path(absolute).filename().string() + "-" + hash_hex(name_hash(absolute));
}

std::string make_folders(const std::string& path) {
    std::error_code ec;
    std::filesystem::create_directories(path, ec);
    return ec ? "cannot create " + path + ": " + ec.message() : std::string{};
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
