#pragma once
// Why a change was refused, in the command line's language. The reasons come from core and
// storage in English (one wording each, tested there); this table says the ones a user meets day
// to day in Korean, keeping the weeks, cells and paths they name. A reason not in the table is
// shown as it is.
#include <string>

#include "core/settings.hpp"

namespace mandalart::cli {

std::string in_language(const std::string& reason, Language language);

}  // namespace mandalart::cli
