// Where the user's things go on Windows, from SHGetKnownFolderPath: settings in
// %APPDATA%\Mandalart (roaming with the profile), backups, journals and caches in
// %LOCALAPPDATA%\Mandalart (this machine's), and plans made without a path in
// Documents\Mandalart, where a Windows user looks for documents. The XDG variables, when set (as
// an MSYS2 or Cygwin user may, and as the tests do to keep to their own folders), are honoured
// as on Linux.
#include "storage/app_paths.hpp"

#include <windows.h>
#include <knownfolders.h>
#include <shlobj.h>

#include <cstdlib>

#include "core/wide_text.hpp"

namespace mandalart {
namespace {

std::string known_folder(const KNOWNFOLDERID& id) {
    PWSTR path = nullptr;
    std::string out;
    if (::SHGetKnownFolderPath(id, KF_FLAG_CREATE, nullptr, &path) == S_OK && path != nullptr) out = utf8_text(path);
    ::CoTaskMemFree(path);
    return out.empty() ? std::string(".") : out;
}

// $VARIABLE/mandalart when the variable is set, else `otherwise`.
std::string xdg_or(const char* variable, const std::string& otherwise) {
    const char* value = std::getenv(variable);
    return value != nullptr && *value != '\0' ? std::string(value) + "/mandalart" : otherwise;
}

}  // namespace

std::string documents_folder() { return known_folder(FOLDERID_Documents); }
std::string config_folder() { return xdg_or("XDG_CONFIG_HOME", known_folder(FOLDERID_RoamingAppData) + "\\Mandalart"); }
std::string data_folder() { return xdg_or("XDG_DATA_HOME", documents_folder() + "\\Mandalart"); }
std::string state_folder() { return xdg_or("XDG_STATE_HOME", known_folder(FOLDERID_LocalAppData) + "\\Mandalart"); }
std::string cache_folder() { return xdg_or("XDG_CACHE_HOME", known_folder(FOLDERID_LocalAppData) + "\\Mandalart\\Cache"); }

}  // namespace mandalart
