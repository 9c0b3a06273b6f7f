#pragma once
// Why a change was refused, in the user's language, for the command line and the editor alike.
// The reasons come from core and storage in English (one wording each, tested there); this table
// says the ones a user meets day to day in Korean, keeping the weeks, cells and paths they name. A
// reason not in the table is shown as it is.
#include <string>

#include "core/settings.hpp"

namespace mandalart {

std::string in_language(const std::string& reason, Language language);

}  // namespace mandalart
