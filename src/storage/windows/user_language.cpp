// The user's language on Windows: LC_ALL, LC_MESSAGES or LANG when set (as a shell from MSYS2 or
// a test sets them), else Korean when the user's display language is Korean, else English.
#include "storage/user_language.hpp"

#include <windows.h>

#include <cstdlib>

namespace mandalart {

Language user_language() {
    const char* lc_all = std::getenv("LC_ALL");
    const char* lc_messages = std::getenv("LC_MESSAGES");
    const char* lang = std::getenv("LANG");
    if (lc_all != nullptr || lc_messages != nullptr || lang != nullptr) return language_from_locale(lc_all, lc_messages, lang);
    return PRIMARYLANGID(::GetUserDefaultUILanguage()) == LANG_KOREAN ? language_from_locale(nullptr, nullptr, "ko_KR.UTF-8")
                                                                      : language_from_locale(nullptr, nullptr, "en_US.UTF-8");
}

}  // namespace mandalart
