#pragma once
// The states a power cut can leave a folder tree in, after a recorded run of file operations,
// in the spirit of ALICE (Pillai et al., OSDI 2014) and SQLite's crash tests (src/test6.c):
//   - the cut comes after any prefix of the operations;
//   - data written but not flushed (fsync) may be lost, torn at a 4 KiB boundary, or read back
//     as zeros (a file's size reached the disk, its blocks did not), one file at a time or all
//     together;
//   - a folder entry made, renamed or removed since the folder's last flush may be undone: all
//     of them, any one alone, or all from any point on;
//   - in the strict mode, a rename over a file is an unlink then a link, and the cut comes
//     between them.
// Files that were there before the run are on disk for good. A crash state is the tree's files
// and folders, each file's bytes.
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "recording_file_system.hpp"

namespace mandalart::testing {

struct CrashState {
    std::size_t prefix = 0;     // operations done before the cut
    int acknowledged = 0;       // Acknowledged marks among them
    std::string how;            // what was lost, for a failure's message
    std::set<std::string> folders;
    std::map<std::string, std::string> files;
};

struct Tree {
    std::set<std::string> folders;
    std::map<std::string, std::string> files;
};

// Every crash state of `ops` started from `before`, without repeats (the same tree reached by
// two ways is kept once, with the earlier way's description).
std::vector<CrashState> crash_states(const Tree& before, const std::vector<Op>& ops, bool strict_rename);

}  // namespace mandalart::testing
