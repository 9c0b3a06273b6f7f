// The user's language on Linux: LC_ALL, then LC_MESSAGES, then LANG.
#include "storage/user_language.hpp"

#include <cstdlib>

namespace mandalart {

Language user_language() {
    return language_from_locale(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"));
}

}  // namespace mandalart
