#pragma once
// Where the program keeps its files (XDG base directories).
#include <string>

namespace mandalart {

// $XDG_CONFIG_HOME/mandalart (default ~/.config/mandalart): settings.json, imgui.ini
std::string config_folder();
// $XDG_DATA_HOME/mandalart (default ~/.local/share/mandalart): plans made without a path
std::string data_folder();
// Creates a folder and its parents; returns empty or one line.
std::string make_folders(const std::string& path);
bool file_exists(const std::string& path);
// An absolute, normalised version of `path` (relative to the working folder).
std::string absolute_path(const std::string& path);

}  // namespace mandalart
