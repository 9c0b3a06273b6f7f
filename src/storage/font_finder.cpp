#include "storage/font_finder.hpp"

#include <fontconfig/fontconfig.h>

namespace mandalart {
namespace {

// The best installed face for `pattern_text` that really has Hangul syllables.
std::string match_hangul_font(FcConfig* config, const char* pattern_text) {
    std::string path;
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(pattern_text));
    if (pattern == nullptr) return path;
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(config, pattern, &result);
    if (match != nullptr) {
        FcChar8* file = nullptr;
        FcCharSet* charset = nullptr;
        const bool has_file = FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch;
        const bool has_hangul = FcPatternGetCharSet(match, FC_CHARSET, 0, &charset) == FcResultMatch &&
                                FcCharSetHasChar(charset, 0xAC00) && FcCharSetHasChar(charset, 0xD7A3);
        // FreeType (the app's atlas, PNG export) reads TrueType/OpenType outlines; skip collections' odd formats.
        if (has_file && has_hangul) path = reinterpret_cast<const char*>(file);
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pattern);
    return path;
}

}  // namespace

KoreanFonts find_korean_fonts() {
    KoreanFonts fonts;
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (config == nullptr) return fonts;
    fonts.regular = match_hangul_font(config, ":lang=ko:weight=regular");
    if (!fonts.regular.empty()) {
        fonts.bold = match_hangul_font(config, ":lang=ko:weight=bold");
        if (fonts.bold.empty()) fonts.bold = fonts.regular;
    }
    FcConfigDestroy(config);
    return fonts;
}

}  // namespace mandalart
