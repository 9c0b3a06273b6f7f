#include "core/settings.hpp"

#include <algorithm>
#include <string_view>

namespace mandalart {

void Settings::remember_file(const std::string& path) {
    recent_files.erase(std::remove(recent_files.begin(), recent_files.end(), path), recent_files.end());
    recent_files.insert(recent_files.begin(), path);
    if (recent_files.size() > kMaxRecent) recent_files.resize(kMaxRecent);
}

Language language_from_locale(const char* lc_all, const char* lc_messages, const char* lang) {
    for (const char* value : {lc_all, lc_messages, lang}) {
        if (value == nullptr || *value == '\0') continue;
        return std::string_view(value).substr(0, 2) == "ko" ? Language::Korean : Language::English;
    }
    return Language::English;
}

}  // namespace mandalart
