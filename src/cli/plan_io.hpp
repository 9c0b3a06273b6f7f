#pragma once
// Loading and saving for commands: errors go to stderr as one line.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "core/document.hpp"
#include "core/review.hpp"
#include "storage/plan_file.hpp"
#include "storage/plan_lock.hpp"

namespace mandalart::cli {

// The plan in FILE, or nullopt after printing why it cannot be read.
std::optional<Plan> load_or_report(const std::string& path, Io& io);
// Why a plan does not load, in one line; for a damaged plan, with the newest earlier version that
// reads and the command that puts it back.
std::string load_refusal(const std::string& path, const LoadedPlan& loaded);

// --compare FILE: last year's plan and its numbers as of `as_of` (the whole year once it is over).
// False after printing why its file cannot be read; `out` stays empty without --compare.
bool load_previous_year(const Args& args, const Date& as_of, Io& io, std::optional<LastYear>& out);
Comparison comparison_with(const std::optional<LastYear>& previous);

// True (after printing why) when an output path names the plan itself: exports never replace it.
bool output_is_plan(const std::string& output, const std::string& plan_path, Io& io);

// Takes FILE's lock for a change; false after printing who holds it (or why it cannot be taken).
bool lock_for_change(const std::string& path, PlanLock& lock, Io& io);

// Loads FILE for a change: refuses read-only (newer-format) files and files open in another
// mandalart (its lock). Applies `edit`, then saves, refusing when another program changed
// the file meanwhile; the version replaced goes to the backups. Prints the error and returns kBadInput on any failure; the file is
// unchanged unless the whole operation succeeded.
int edit_file(const std::string& path, const Edit& edit, Io& io);

// The edits to make, decided from the loaded plan; returns why none can be made (printed
// as "mandalart: WHY", exit 1) or empty.
using EditMaker = std::function<std::string(const Plan& plan, std::vector<Edit>& edits)>;
// Like edit_file, with edits that depend on the plan; all are applied and saved together,
// or none. `done` (if set) runs after a successful save, to report what was recorded.
int edit_file(const std::string& path, const EditMaker& make, Io& io, const std::function<void(const Plan&)>& done = {});

}  // namespace mandalart::cli
