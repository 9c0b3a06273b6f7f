#pragma once
// Every UI string, by id, with its Korean and English text side by side (strings.def). Views
// look strings up by id.
#include <string>

#include "core/address.hpp"
#include "core/settings.hpp"

namespace mandalart::ui {

enum class Str {
#define MANDALART_STRING(id, ko, en) id,
#include "ui/strings.def"
#undef MANDALART_STRING
    Count
};

const char* tr(Str key, Language language);
// The id's name ("MenuFile"), for the tests that check every id is used.
const char* str_name(Str key);
// "핵심 목표", "세부 목표 3", "실천 3.5" (or the English equivalents).
std::string cell_hint(const CellAddress& address, Language language);

}  // namespace mandalart::ui
