#pragma once
// The common ancestor of two copies of one plan. First by lineage (each save records the hashes of
// the contents it descends from, so a copy made on another machine names them): the newest version
// of MINE's file (itself, then its backups) that THEIRS descends from, or THEIRS when MINE descends
// from it. Then by content: the newest version of MINE (itself, then its backups, newest first)
// that THEIRS also had (itself or one of its backups). A merge with it is three-way; without, two-way.
#include <optional>
#include <string>

#include "core/plan.hpp"

namespace mandalart {

struct MergeBase {
    Plan plan;
    std::string from;  // where it was found: a backup's path, or a copy's own path
};

std::optional<MergeBase> find_merge_base(const std::string& mine_path, const Plan& mine, const std::string& theirs_path,
                                         const Plan& theirs);

}  // namespace mandalart
