#include "storage/backups.hpp"
#include "core/path_text.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>

#include "storage/app_paths.hpp"
#include "storage/atomic_write.hpp"
#include "storage/local_date.hpp"

namespace mandalart {
namespace {

constexpr std::string_view kBackupExtension = ".mandalart.json";

// "01763820185123456789.mandalart.json": the name sorts by time.
std::string backup_name(std::int64_t time_ns) {
    char digits[32];
    std::snprintf(digits, sizeof digits, "%020lld", static_cast<long long>(time_ns));
    return digits + std::string(kBackupExtension);
}

bool parse_backup_name(const std::string& name, std::int64_t& time_ns) {
    if (name.size() != 20 + kBackupExtension.size() || !name.ends_with(kBackupExtension)) return false;
    time_ns = 0;
    for (std::size_t i = 0; i < 20; ++i) {
        if (name[i] < '0' || name[i] > '9') return false;
        time_ns = time_ns * 10 + (name[i] - '0');
    }
    return true;
}

std::int64_t now_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace

std::string Backup::time_label() const {
    return time_text(static_cast<std::time_t>(time_ns / 1000000000), "%Y-%m-%d %H:%M:%S");
}

std::string Backup::size_label() const {
    char text[32];
    if (size < 1024) std::snprintf(text, sizeof text, "%ju B", size);
    else std::snprintf(text, sizeof text, "%.1f KB", static_cast<double>(size) / 1024.0);
    return text;
}

std::string backup_folder_for(const std::string& plan_path) {
    return state_folder() + "/backups/" + plan_state_key(plan_path);
}

std::vector<Backup> list_backups(const std::string& plan_path) {
    std::vector<Backup> backups;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(file_path(backup_folder_for(plan_path)), ec)) {
        Backup backup;
        if (!entry.is_regular_file(ec) || !parse_backup_name(path_text(entry.path().filename()), backup.time_ns)) continue;
        backup.path = path_text(entry.path());
        backup.size = entry.file_size(ec);
        backups.push_back(std::move(backup));
    }
    std::sort(backups.begin(), backups.end(), [](const Backup& a, const Backup& b) { return a.time_ns > b.time_ns; });
    return backups;
}

std::string keep_backup(FileSystem& fs, const std::string& plan_path, std::string_view bytes) {
    const std::string folder = backup_folder_for(plan_path);
    if (const std::string problem = make_folders(fs, folder); !problem.empty()) return "cannot keep a backup: " + problem;
    remove_stale_temps(fs, folder);  // left by a save that was killed
    // Names must stay in order even when the clock steps back or two saves share a nanosecond.
    const std::vector<Backup> existing = list_backups(plan_path);
    std::int64_t time_ns = now_ns();
    if (!existing.empty() && time_ns <= existing.front().time_ns) time_ns = existing.front().time_ns + 1;
    const std::string path = folder + "/" + backup_name(time_ns);
    if (std::string error = atomic_write(fs, path, bytes); !error.empty()) {
        const std::string own_prefix = "cannot save " + path + ": ";
        if (error.starts_with(own_prefix)) error.erase(0, own_prefix.size());
        return "cannot save " + plan_path + ": keeping the previous version in " + folder + " failed: " + error;
    }
    for (std::size_t i = kBackupsKept - 1; i < existing.size(); ++i) fs.remove(existing[i].path);
    return {};
}

}  // namespace mandalart
