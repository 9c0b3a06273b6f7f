#pragma once
// Putting an earlier version of a plan back (mandalart restore, File → Restore previous version).
#include <cstddef>
#include <string>

#include "storage/plan_file.hpp"

namespace mandalart {

// Replaces the plan with backup `n` (1 = the version the last save replaced), after checking
// that it is a readable plan. Restoring is itself a save: the content it replaces becomes
// backup 1, so restoring 1 again undoes it. The caller holds the plan's lock.
// `version_time` (if given) receives when the restored version had been replaced.
SaveResult restore_version(const std::string& plan_path, std::size_t n, const SaveOptions& options,
                           std::string* version_time = nullptr);

// The newest earlier version that reads as a plan: what to offer when the plan itself does not.
struct GoodVersion {
    std::size_t number = 0;  // for `restore FILE N`; 0: none is kept, or none reads
    std::string when;        // when a save replaced it, "2026-03-18 21:40:05"
    int last_week = 0;       // the last week it holds a check-in for (0: none)
    int year = 0;
    std::size_t kept = 0;    // earlier versions kept, readable or not
};
GoodVersion newest_good_version(const std::string& plan_path);

// A plan file that is not there while its earlier versions or a crash journal are: deleted,
// moved, or its last save taken back by a power cut. Opened, it is offered back like a damaged one.
bool gone_with_versions(const std::string& plan_path);

// "; the newest good version is 1, saved 2026-03-18 21:40:05 with check-ins up to 2026-W11: mandalart restore FILE 1"
// (or "; none of its 3 earlier versions reads"; nothing when none is kept, as for a file from
// elsewhere): what a refusal to load a damaged plan adds.
std::string restore_hint(const std::string& plan_path, const GoodVersion& good);

}  // namespace mandalart
