#pragma once
// Replaces a file's content all at once: a temporary file in the same folder is written,
// flushed, renamed over the target and the folder is flushed. On any failure the old
// file is untouched and the temporary file is removed.
#include <string>
#include <string_view>

#include "storage/file_system.hpp"

namespace mandalart {

// PowerLoss: flushed to disk before and after the rename (plans, exports).
// ProcessCrash: the same rename, without the flushes (the crash-recovery journal, written often).
enum class Durability { PowerLoss, ProcessCrash };

// Who may read a file this program creates: Private (0600: plans, their versions, the journal,
// settings; a person's goals and reflections) or Shared (0644: exports, made to be passed on).
// A file that exists keeps the mode it has.
enum class Privacy { Private, Shared };

// Returns empty on success, otherwise one line: "cannot save PATH: REASON (while STEP)". Only when
// the folder's flush fails is the new content already in place (the line says so).
std::string atomic_write(FileSystem& fs, const std::string& path, std::string_view bytes,
                         Durability durability = Durability::PowerLoss, Privacy privacy = Privacy::Private);

// Removes temporary files that a killed save left behind in `folder`: those of `file_name`, or
// all of them when it is empty. Only call while holding the plan's lock (no save of ours runs).
// Returns how many were removed.
int remove_stale_temps(FileSystem& fs, const std::string& folder, const std::string& file_name = {});

// The temporary file's name pattern for a target file name: ".NAME.tmp-XXXXXX".
std::string temp_prefix(const std::string& file_name);

// "folder" part of a path ("." when there is none).
std::string parent_folder(const std::string& path);

}  // namespace mandalart
