#pragma once
// Reads a whole file, refusing folders, unreadable files and files over a size limit
// before reading their content.
#include <cstddef>
#include <string>

namespace mandalart {

inline constexpr std::size_t kMaxPlanFileBytes = 16u * 1024u * 1024u;  // 16 MiB

struct FileBytes {
    std::string bytes;
    std::string error;  // one line naming the path; empty on success
    bool missing = false;  // the path does not exist
};

FileBytes read_file(const std::string& path, std::size_t max_bytes = kMaxPlanFileBytes);

}  // namespace mandalart
