#pragma once
// What the command line says to people, in its language (Io::language: --lang, else the locale):
// the Korean and the English side by side at each place, as ui/strings.def keeps them for the editor.
#include <string>
#include <string_view>

#include "core/settings.hpp"

namespace mandalart::cli {

inline std::string words(Language language, std::string_view korean, std::string_view english) {
    return std::string(language == Language::Korean ? korean : english);
}

}  // namespace mandalart::cli
