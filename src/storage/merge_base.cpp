#include "storage/merge_base.hpp"

#include <algorithm>
#include <vector>

#include "storage/backups.hpp"
#include "storage/content_hash.hpp"
#include "storage/plan_json.hpp"
#include "storage/read_file.hpp"

namespace mandalart {
namespace {

// One version of a copy as it is on disk, read once: its bytes and, when they read as one, its plan.
struct Version {
    std::string path;
    std::string bytes;
    std::optional<Plan> plan;
};

std::optional<Version> read_version(const std::string& path) {
    FileBytes file = read_file(path);
    if (!file.error.empty()) return std::nullopt;
    DecodedPlan decoded = decode_plan(file.bytes, path);
    return Version{path, std::move(file.bytes), decoded.error.empty() ? std::optional<Plan>(std::move(decoded.plan)) : std::nullopt};
}

// The file, when it can be read, then its backups (newest first).
std::vector<Version> versions_on_disk(const std::string& path) {
    std::vector<Version> out;
    if (auto file = read_version(path)) out.push_back(std::move(*file));
    for (const Backup& backup : list_backups(path))
        if (auto version = read_version(backup.path)) out.push_back(std::move(*version));
    return out;
}

bool holds(const Lineage& lineage, std::uint64_t hash) { return std::find(lineage.begin(), lineage.end(), hash) != lineage.end(); }

// By lineage (storage/plan_json.hpp): the newest of my versions that theirs descends from; or
// theirs itself, when my file descends from it.
std::optional<MergeBase> by_lineage(const std::vector<Version>& mine, const std::string& mine_path, const std::vector<Version>& theirs,
                                    const std::string& theirs_path, const Plan& their_plan) {
    if (theirs.empty() || theirs.front().path != theirs_path) return std::nullopt;
    const Lineage theirs_from = read_lineage(theirs.front().bytes);
    for (const Version& v : mine)
        if (v.plan && holds(theirs_from, name_hash(v.bytes))) return MergeBase{*v.plan, v.path};
    if (!mine.empty() && mine.front().path == mine_path && holds(read_lineage(mine.front().bytes), name_hash(theirs.front().bytes)))
        return MergeBase{their_plan, theirs_path};
    return std::nullopt;
}

// By content: the candidates of one copy — the copy as given, then its backups' plans.
std::vector<MergeBase> candidates(const Plan& current, const std::string& path, const std::vector<Version>& on_disk) {
    std::vector<MergeBase> out{{current, path}};
    for (const Version& v : on_disk)
        if (v.path != path && v.plan) out.push_back({*v.plan, v.path});
    return out;
}

}  // namespace

std::optional<MergeBase> find_merge_base(const std::string& mine_path, const Plan& mine, const std::string& theirs_path,
                                         const Plan& theirs) {
    const std::vector<Version> my_versions = versions_on_disk(mine_path);
    const std::vector<Version> their_versions = versions_on_disk(theirs_path);
    if (auto base = by_lineage(my_versions, mine_path, their_versions, theirs_path, theirs)) return base;
    const std::vector<MergeBase> ours = candidates(mine, mine_path, my_versions);
    const std::vector<MergeBase> other = candidates(theirs, theirs_path, their_versions);
    for (std::size_t i = 0; i < ours.size(); ++i)
        for (std::size_t j = 0; j < other.size(); ++j) {
            if (i == 0 && j == 0) continue;  // the two copies themselves are what is merged
            if (ours[i].plan == other[j].plan) return ours[i];
        }
    return std::nullopt;
}

}  // namespace mandalart
