#pragma once
// Replaces a file's content all at once: a temporary file in the same folder is written,
// flushed, renamed over the target and the folder is flushed. On any failure the old
// file is untouched and the temporary file is removed.
#include <string>
#include <string_view>

#include "storage/file_system.hpp"

namespace mandalart {

// Returns empty on success, otherwise one line: "cannot save PATH: REASON (while STEP)".
std::string atomic_write(FileSystem& fs, const std::string& path, std::string_view bytes);

// "folder" part of a path ("." when there is none).
std::string parent_folder(const std::string& path);

}  // namespace mandalart
