#pragma once
// Crash recovery: while a plan has unsaved edits, the editor keeps a copy of it in
// $XDG_STATE_HOME/mandalart/journal/<plan key>.json (at most a couple of seconds behind).
// A clean save or a clean quit removes it; finding one on the next launch means the last
// session ended without saving, and its changes are offered back.
#include <cstdint>
#include <optional>
#include <string>

#include "core/plan.hpp"
#include "storage/file_system.hpp"

namespace mandalart {

std::string journal_path_for(const std::string& plan_path);

// Returns empty or one line. Written atomically but not flushed to disk: it guards against
// the process dying, and the next successful save makes it unnecessary.
std::string write_journal(const std::string& plan_path, const Plan& plan, FileSystem& fs);

// Before a save replaces the plan: the journal is made to hold exactly what is being saved, and
// flushed to disk (file and folder), so that no power cut can leave an older journal beside the
// newer plan (its removal after the save is not flushed) to be offered back over it. When that
// cannot be written (a full or failing disk under the state folder), the journal is removed
// instead: the save itself must not wait on it.
void settle_journal(const std::string& plan_path, const Plan& plan, FileSystem& fs);

struct Journal {
    Plan plan;
    std::string written;  // local time of the last entry, "2026-11-22 14:03:05"
    std::string bytes;    // the journal file as read, to keep it as a backup when discarded
};
// The journal for `plan_path`, if one exists and is readable.
std::optional<Journal> read_journal(const std::string& plan_path);
void remove_journal(const std::string& plan_path, FileSystem& fs);

}  // namespace mandalart
