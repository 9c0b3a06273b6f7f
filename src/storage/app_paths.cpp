#include "storage/app_paths.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/path_text.hpp"
#include "storage/content_hash.hpp"

namespace mandalart {

std::string plan_state_key(const std::string& plan_path) {
    const std::string absolute = absolute_path(plan_path);
    return file_name_of(absolute) + "-" + hash_hex(name_hash(absolute));
}

std::string make_folders(FileSystem& fs, const std::string& path) {
    // Each folder made here is the user's own (0700); folders already there keep their mode.
    std::filesystem::path made;
    for (const auto& part : file_path(path)) {
        const std::filesystem::path parent = made.empty() ? std::filesystem::path(".") : made;
        made /= part;
        if (made.empty() || std::filesystem::is_directory(made)) continue;
        if (const int error = fs.make_folder(path_text(made)); error == EEXIST) continue;
        else if (error != 0) return "cannot create " + path + ": " + std::strerror(error);
        if (const int error = fs.sync_folder(path_text(parent)); error != 0)
            return "cannot create " + path + ": " + std::strerror(error) + " (while flushing " + path_text(parent) + ")";
    }
    return std::filesystem::is_directory(file_path(path)) ? std::string{} : "cannot create " + path + ": not a folder";
}

bool file_exists(const std::string& path) {
    std::error_code ec;
    return std::filesystem::exists(std::filesystem::symlink_status(file_path(path), ec));  // a dangling link counts too
}

std::string absolute_path(const std::string& path) {
    std::error_code ec;
    const auto absolute = std::filesystem::absolute(file_path(path), ec);
    return ec ? path : path_text(absolute.lexically_normal());
}

}  // namespace mandalart
