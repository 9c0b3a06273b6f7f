#pragma once
// Earlier versions of a plan file: before a save replaces the file, the bytes it replaces are
// kept in $XDG_STATE_HOME/mandalart/backups/<plan key>/, the newest 10, oldest dropped first.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storage/file_system.hpp"

namespace mandalart {

inline constexpr std::size_t kBackupsKept = 10;

struct Backup {
    std::string path;
    std::int64_t time_ns = 0;  // when it was replaced (nanoseconds since the epoch, from its name)
    std::uintmax_t size = 0;
    std::string time_label() const;  // local time, "2026-11-22 14:03:05"
    std::string size_label() const;  // "812 B", "33.1 KB"
};

std::string backup_folder_for(const std::string& plan_path);
// Newest first: [0] is the version the last save replaced (what `restore FILE 1` brings back).
std::vector<Backup> list_backups(const std::string& plan_path);
// Keeps `bytes` as the newest version of the plan and drops all but the newest kBackupsKept.
// Returns empty or one line.
std::string keep_backup(FileSystem& fs, const std::string& plan_path, std::string_view bytes);

}  // namespace mandalart
