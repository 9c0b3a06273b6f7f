// Where the user's things go on Windows, from SHGetKnownFolderPath: settings in
// %APPDATA%\Mandalart (roaming with the profile), backups, journals and caches in
// %LOCALAPPDATA%\Mandalart (this machine's), and plans made without a path in
// Documents\Mandalart, where a Windows user looks for documents.
#include "storage/app_paths.hpp"

#include <windows.h>
#include <knownfolders.h>
#include <shlobj.h>

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

}  // namespace

std::string documents_folder() { return known_folder(FOLDERID_Documents); }
std::string config_folder() { return known_folder(FOLDERID_RoamingAppData) + "\\Mandalart"; }
std::string data_folder() { return documents_folder() + "\\Mandalart"; }
std::string state_folder() { return known_folder(FOLDERID_LocalAppData) + "\\Mandalart"; }
std::string cache_folder() { return known_folder(FOLDERID_LocalAppData) + "\\Mandalart\\Cache"; }

}  // namespace mandalart
