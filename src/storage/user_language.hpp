#pragma once
// The language the user's system speaks, for a first start and the command line: the locale
// variables on Linux (storage/posix); on Windows (storage/windows) the same variables when set,
// else the user's display language.
#include "core/settings.hpp"

namespace mandalart {

Language user_language();

}  // namespace mandalart
