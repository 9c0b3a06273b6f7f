#pragma once
// Finds font files that cover Korean through fontconfig.
#include <string>

namespace mandalart {

struct KoreanFonts {
    std::string regular;  // empty when no font covers Hangul
    std::string bold;     // may equal `regular` (then bold is synthesised)
};

KoreanFonts find_korean_fonts();

}  // namespace mandalart
