#include "storage/restore.hpp"

#include "storage/app_paths.hpp"
#include "storage/backups.hpp"
#include "storage/journal.hpp"
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

GoodVersion newest_good_version(const std::string& plan_path) {
    const std::vector<Backup> backups = list_backups(plan_path);
    for (std::size_t i = 0; i < backups.size(); ++i) {
        const LoadedPlan version = load_plan_file(backups[i].path);
        if (!version.error.empty()) continue;
        const std::vector<int> weeks = weeks_with_check_ins(version.plan);
        return {i + 1, backups[i].time_label(), weeks.empty() ? 0 : weeks.back(), version.plan.year, backups.size()};
    }
    GoodVersion none;
    none.kept = backups.size();
    return none;
}

std::string restore_hint(const std::string& plan_path, const GoodVersion& good) {
    if (good.kept == 0) return {};
    if (good.number == 0) return "; none of its " + std::to_string(good.kept) + " earlier versions reads";
    std::string line = "; the newest good version is " + std::to_string(good.number) + ", saved " + good.when;
    line += good.last_week > 0 ? " with check-ins up to " + format_week({good.year, good.last_week}) : " (no check-ins yet)";
    return line + ": mandalart restore " + plan_path + " " + std::to_string(good.number);
}

bool gone_with_versions(const std::string& plan_path) {
    return !file_exists(plan_path) && (!list_backups(plan_path).empty() || file_exists(journal_path_for(plan_path)));
}

}  // namespace mandalart
