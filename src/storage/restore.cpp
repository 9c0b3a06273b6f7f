#include "storage/restore.hpp"

#include "storage/backups.hpp"
#include "storage/read_file.hpp"

namespace mandalart {

SaveResult restore_version(const std::string& plan_path, std::size_t n, const SaveOptions& options, std::string* version_time) {
    const std::vector<Backup> backups = list_backups(plan_path);
    if (backups.empty()) return {plan_path + ": no earlier versions are kept (" + backup_folder_for(plan_path) + ")", false, 0};
    if (n < 1 || n > backups.size())
        return {plan_path + ": no version " + std::to_string(n) + "; there are " + std::to_string(backups.size()) +
                    " (1 is the newest)",
                false, 0};
    const Backup& chosen = backups[n - 1];
    const FileBytes file = read_file(chosen.path);
    if (!file.error.empty()) return {file.error, false, 0};
    if (const DecodedPlan decoded = decode_plan(file.bytes, chosen.path); !decoded.error.empty())
        return {"version " + std::to_string(n) + " cannot be restored: " + decoded.error, false, 0};
    if (version_time) *version_time = chosen.time_label();
    return replace_plan_file(plan_path, file.bytes, options);
}

}  // namespace mandalart
