#include "storage/merge_base.hpp"

#include <algorithm>
#include <vector>

#include "storage/backups.hpp"
#include "storage/content_hash.hpp"
#include "storage/plan_file.hpp"
#include "storage/read_file.hpp"

namespace mandalart {
namespace {

// A copy itself, then its backups (newest first), each that reads as a plan.
std::vector<MergeBase> versions(const std::string& path, const Plan& current) {
    std::vector<MergeBase> out{{current, path}};
    for (const Backup& backup : list_backups(path)) {
        LoadedPlan loaded = load_plan_file(backup.path);
        if (loaded.error.empty()) out.push_back({std::move(loaded.plan), backup.path});
    }
    return out;
}

// By lineage (storage/plan_json.hpp): the newest of my file's versions (the file, then its
// backups) that theirs descends from; or theirs itself, when mine descends from it.
std::optional<MergeBase> by_lineage(const std::string& mine_path, const std::string& theirs_path, const Plan& theirs) {
    const FileBytes their_bytes = read_file(theirs_path);
    const FileBytes my_bytes = read_file(mine_path);
    if (!their_bytes.error.empty()) return std::nullopt;
    const Lineage theirs_from = read_lineage(their_bytes.bytes);
    const auto in = [](const Lineage& lineage, std::uint64_t hash) {
        return std::find(lineage.begin(), lineage.end(), hash) != lineage.end();
    };
    std::vector<std::string> mine_versions{mine_path};
    for (const Backup& backup : list_backups(mine_path)) mine_versions.push_back(backup.path);
    for (const std::string& path : mine_versions) {
        const FileBytes bytes = path == mine_path ? my_bytes : read_file(path);
        if (!bytes.error.empty() || !in(theirs_from, name_hash(bytes.bytes))) continue;
        LoadedPlan loaded = load_plan_file(path);
        if (loaded.error.empty()) return MergeBase{std::move(loaded.plan), path};
    }
    if (my_bytes.error.empty() && in(read_lineage(my_bytes.bytes), name_hash(their_bytes.bytes))) return MergeBase{theirs, theirs_path};
    return std::nullopt;
}

}  // namespace

std::optional<MergeBase> find_merge_base(const std::string& mine_path, const Plan& mine, const std::string& theirs_path,
                                         const Plan& theirs) {
    if (auto base = by_lineage(mine_path, theirs_path, theirs)) return base;
    const std::vector<MergeBase> ours = versions(mine_path, mine);
    const std::vector<MergeBase> other = versions(theirs_path, theirs);
    for (std::size_t i = 0; i < ours.size(); ++i)
        for (std::size_t j = 0; j < other.size(); ++j) {
            if (i == 0 && j == 0) continue;  // the two copies themselves are what is merged
            if (ours[i].plan == other[j].plan) return ours[i];
        }
    return std::nullopt;
}

}  // namespace mandalart
