#pragma once
// Loading and saving for commands: errors go to stderr as one line.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "core/document.hpp"

namespace mandalart::cli {

// The plan in FILE, or nullopt after printing why it cannot be read.
std::optional<Plan> load_or_report(const std::string& path, Io& io);

// Loads FILE for a change: refuses read-only (newer-format) files. Applies `edit`,
// then saves. Prints the error and returns kBadInput on any failure; the file is
// unchanged unless the whole operation succeeded.
int edit_file(const std::string& path, const Edit& edit, Io& io);

// The edits to make, decided from the loaded plan; returns why none can be made (printed
// as "mandalart: WHY", exit 1) or empty.
using EditMaker = std::function<std::string(const Plan& plan, std::vector<Edit>& edits)>;
// Like edit_file, with edits that depend on the plan; all are applied and saved together,
// or none. `done` (if set) runs after a successful save, to report what was recorded.
int edit_file(const std::string& path, const EditMaker& make, Io& io, const std::function<void(const Plan&)>& done = {});

}  // namespace mandalart::cli
