#pragma once
// Where the program keeps its files: the XDG base folders on Linux (storage/posix), the known
// folders on Windows (storage/windows).
#include <string>

#include "storage/file_system.hpp"

namespace mandalart {

// $XDG_CONFIG_HOME/mandalart (default ~/.config/mandalart): settings.json, imgui.ini
std::string config_folder();
// $XDG_DATA_HOME/mandalart (default ~/.local/share/mandalart): plans made without a path
std::string data_folder();
// Where a person keeps documents: XDG_DOCUMENTS_DIR from ~/.config/user-dirs.dirs ("~/문서" on a
// Korean desktop), else ~/Documents when it exists, else the home folder.
std::string documents_folder();
// $XDG_STATE_HOME/mandalart (default ~/.local/state/mandalart): backups and journals
std::string state_folder();
// $XDG_CACHE_HOME/mandalart (default ~/.cache/mandalart): what can be found again (the fonts chosen)
std::string cache_folder();
// A name for everything kept about one plan file in the state folder: its file name and a
// hash of its absolute path ("2026.mandalart.json-1f3a…"), so two "2026" plans never share.
std::string plan_state_key(const std::string& plan_path);
// Creates a folder and its parents (0700, each flushed into its parent so that a power cut does
// not take it back); returns empty or one line.
std::string make_folders(FileSystem& fs, const std::string& path);
bool file_exists(const std::string& path);
// An absolute, normalised version of `path` (relative to the working folder).
std::string absolute_path(const std::string& path);

}  // namespace mandalart
