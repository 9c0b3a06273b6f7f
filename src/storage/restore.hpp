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
SaveResult restore_version(const std::string& plan_path, std::size_t n, const SaveOptions& options = {},
                           std::string* version_time = nullptr);

}  // namespace mandalart
