#pragma once
// Paths are UTF-8 text everywhere in the program. A std::filesystem::path made from a plain
// std::string reads it in the system's narrow encoding, which on Windows is a legacy code page
// (a Hangul file name would be lost); these two go through UTF-8 explicitly on every system.
#include <filesystem>
#include <string>
#include <string_view>

namespace mandalart {

inline std::filesystem::path file_path(std::string_view utf8) {
    return std::filesystem::path(std::u8string_view(reinterpret_cast<const char8_t*>(utf8.data()), utf8.size()));
}

inline std::string path_text(const std::filesystem::path& path) {
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

// The last part of a path ("2026.mandalart.json"), and the folder it is in ("." when none).
inline std::string file_name_of(std::string_view utf8) { return path_text(file_path(utf8).filename()); }
inline std::string folder_of(std::string_view utf8) {
    const std::filesystem::path parent = file_path(utf8).parent_path();
    return parent.empty() ? std::string(".") : path_text(parent);
}

}  // namespace mandalart
