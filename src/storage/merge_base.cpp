#include "storage/merge_base.hpp"

#include <vector>

#include "storage/backups.hpp"
#include "storage/plan_file.hpp"

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

}  // namespace

std::optional<MergeBase> find_merge_base(const std::string& mine_path, const Plan& mine, const std::string& theirs_path,
                                         const Plan& theirs) {
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
