// The font chain's catalogue on Linux: fontconfig's match for Korean, then its sorted list of
// every installed face for the fallbacks, with each face's character set.
#include "fonts/font_chain.hpp"

#include <algorithm>

#include <fontconfig/fontconfig.h>

namespace mandalart {

// What fontconfig gave: the configuration, and each face's character set (index-aligned with faces_).
struct FontChain::Source {
    FcConfig* config = nullptr;
    std::vector<FcCharSet*> charsets;
    ~Source() {
        for (FcCharSet* c : charsets)
            if (c != nullptr) FcCharSetDestroy(c);
        if (config != nullptr) FcConfigDestroy(config);
    }
};

namespace {

std::string string_of(FcPattern* p, const char* object) {
    FcChar8* value = nullptr;
    return FcPatternGetString(p, object, 0, &value) == FcResultMatch ? reinterpret_cast<const char*>(value) : std::string{};
}

// FreeType through ImGui draws TrueType and OpenType outlines (and colour bitmaps through our own
// rasteriser); old bitmap and Type 1 formats are left out.
bool usable(FcPattern* p) {
    const std::string format = string_of(p, FC_FONTFORMAT);
    return format == "TrueType" || format == "CFF";
}

FontFace face_of(FcPattern* p) {
    FontFace face;
    face.path = string_of(p, FC_FILE);
    int index = 0;
    if (FcPatternGetInteger(p, FC_INDEX, 0, &index) == FcResultMatch) face.index = index;
    face.family = string_of(p, FC_FAMILY);
    FcBool colour = FcFalse;
    face.colour = FcPatternGetBool(p, FC_COLOR, 0, &colour) == FcResultMatch && colour == FcTrue;
    return face;
}

FcCharSet* charset_of(FcPattern* p) {
    FcCharSet* set = nullptr;
    return FcPatternGetCharSet(p, FC_CHARSET, 0, &set) == FcResultMatch ? FcCharSetCopy(set) : nullptr;
}

// The best installed face for `pattern_text` that really has Hangul syllables, with its charset.
FcPattern* match_hangul(FcConfig* config, const char* pattern_text) {
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(pattern_text));
    if (pattern == nullptr) return nullptr;
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(config, pattern, &result);
    FcPatternDestroy(pattern);
    if (match == nullptr) return nullptr;
    FcCharSet* set = nullptr;
    const bool hangul = FcPatternGetCharSet(match, FC_CHARSET, 0, &set) == FcResultMatch && FcCharSetHasChar(set, 0xAC00) &&
                        FcCharSetHasChar(set, 0xD7A3);
    if (!hangul || string_of(match, FC_FILE).empty()) {
        FcPatternDestroy(match);
        return nullptr;
    }
    return match;
}

}  // namespace

FontChain::FontChain() : source_(std::make_unique<Source>()) {
    source_->config = FcInitLoadConfigAndFonts();
    faces_.resize(2);
    source_->charsets.assign(2, nullptr);
    if (source_->config == nullptr) return;
    FcPattern* regular = match_hangul(source_->config, ":lang=ko:weight=regular");
    if (regular == nullptr) return;
    faces_[0] = face_of(regular);
    source_->charsets[0] = charset_of(regular);
    FcPatternDestroy(regular);
    have_primary_ = true;
    FcPattern* bold = match_hangul(source_->config, ":lang=ko:weight=bold");
    if (bold != nullptr) {
        faces_[1] = face_of(bold);
        source_->charsets[1] = charset_of(bold);
        FcPatternDestroy(bold);
    } else {
        faces_[1] = faces_[0];
        source_->charsets[1] = source_->charsets[0] != nullptr ? FcCharSetCopy(source_->charsets[0]) : nullptr;
    }
}

FontChain::~FontChain() = default;
FontChain::FontChain(FontChain&&) noexcept = default;
FontChain& FontChain::operator=(FontChain&&) noexcept = default;

bool FontChain::has(std::size_t face, char32_t c) const {
    const FcCharSet* set = source_->charsets[face];
    return set != nullptr && FcCharSetHasChar(set, c) == FcTrue;
}

void FontChain::load_fallbacks() {
    fallbacks_loaded_ = true;
    if (source_->config == nullptr) return;
    // Every installed face, best first for Korean text (so Korean CJK faces lead for Hanja).
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(":lang=ko"));
    if (pattern == nullptr) return;
    FcConfigSubstitute(source_->config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcFontSet* sorted = FcFontSort(source_->config, pattern, FcFalse, nullptr, &result);
    FcPatternDestroy(pattern);
    if (sorted == nullptr) return;
    for (int i = 0; i < sorted->nfont; ++i) {
        FcPattern* p = sorted->fonts[i];
        if (!usable(p)) continue;
        FontFace face = face_of(p);
        if (face.path.empty() || std::find(faces_.begin(), faces_.end(), face) != faces_.end()) continue;
        faces_.push_back(std::move(face));
        source_->charsets.push_back(charset_of(p));
    }
    FcFontSetDestroy(sorted);
}

}  // namespace mandalart
