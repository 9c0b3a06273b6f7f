#pragma once
// Loading and saving for commands: errors go to stderr as one line.
#include <optional>
#include <string>

#include "cli/command.hpp"
#include "core/document.hpp"

namespace mandalart::cli {

// The plan in FILE, or nullopt after printing why it cannot be read.
std::optional<Plan> load_or_report(const std::string& path, Io& io);

// Loads FILE for a change: refuses read-only (newer-format) files. Applies `edit`,
// then saves. Prints the error and returns kBadInput on any failure; the file is
// unchanged unless the whole operation succeeded.
int edit_file(const std::string& path, const Edit& edit, Io& io);

}  // namespace mandalart::cli
