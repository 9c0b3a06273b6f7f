#include "ui/font_library.hpp"

#include <utility>

#include <imgui.h>
#include <imgui_freetype.h>

#include "core/text.hpp"

namespace mandalart::ui {
namespace {

// Emoji are drawn by the font chain (in colour when a colour face has them) even when the Korean
// face has an outline of them: the same ranges as fonts/font_chain's is_emoji.
constexpr ImWchar kEmoji[] = {0x231A, 0x231B, 0x23E9, 0x23FA, 0x2600, 0x27BF, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
                              0x1F000, 0x1F2FF, 0x1F300, 0x1FAFF, 0};

}  // namespace

FontLibrary::FontLibrary() = default;
FontLibrary::~FontLibrary() = default;

ImFont* FontLibrary::add_primary(ImFontAtlas& atlas, const MappedFile& file, int index, bool bold) {
    ImFontConfig config;
    config.SizePixels = kUiFontPx;
    config.FontNo = static_cast<ImU32>(index);
    config.PixelSnapH = true;
    config.GlyphExcludeRanges = kEmoji;
    config.Flags = ImFontFlags_NoLoadError;
    if (bold) config.FontLoaderFlags = ImGuiFreeTypeLoaderFlags_Bold;
    if (file.empty()) return atlas.AddFontDefault(&config);
    // Checked before ImGui is given the file: ImGui frees a font it cannot use, and this one is mapped.
    if (!glyphs_->rasteriser.opens(file, index)) return nullptr;
    // ImGui copies a font's file unless told the atlas owns it (4.6 MB for each of the two faces,
    // every page touched). So it is handed over as owned, which keeps the mapping, and then told it
    // is not, so that it never frees the mapping: the file stays mapped (FontLibrary outlives the
    // atlas's fonts) and only the pages FreeType reads count towards memory.
    config.FontDataOwnedByAtlas = true;
    ImFont* font = atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(file.data()), static_cast<int>(file.size()), kUiFontPx, &config);
    if (font != nullptr) atlas.Sources.back().FontDataOwnedByAtlas = false;
    return font;
}

void FontLibrary::load(ImFontAtlas& atlas, const std::string& override_path, const std::string& remembered_path) {
    remembered_path_ = remembered_path;
    if (!glyphs_) glyphs_ = std::make_unique<ChainGlyphs>();
    atlas.Clear();
    problem_.clear();
    regular_ = {};
    bold_ = {};
    attach_chain_glyphs(atlas, *glyphs_);
    // Unhinted outlines, drawn at the size shown: Hangul looks as clean as with FreeType's light
    // auto-hinting, which would cost 3.6 MB at start-up (its analysis of the whole face) and time.
    atlas.FontLoaderFlags = ImGuiFreeTypeLoaderFlags_NoHinting;
    // The texture starts with room for a year's plan at 1× (it grows when more is drawn): no copy
    // into a larger texture during the first frame.
    atlas.TexMinWidth = 512;
    atlas.TexMinHeight = 256;
    bool synthesise_bold = true;
    int index = 0;
    if (!override_path.empty()) {
        regular_ = MappedFile(override_path);
        if (regular_.empty()) problem_ = "font: cannot read " + override_path;
        else if (!glyphs_->rasteriser.opens(regular_, 0)) {  // damaged, or not a font: as if unreadable
            regular_ = {};
            problem_ = "font: FreeType could not use the font file " + override_path;
        }
    }
    if (regular_.empty()) {
        remembered_ = remembered_faces(remembered_path_);
        if (!remembered_) remember_chosen_faces();  // fontconfig asked
        if (remembered_) {
            regular_ = MappedFile(remembered_->regular.path);
            index = remembered_->regular.index;
            synthesise_bold = remembered_->bold.path == remembered_->regular.path;
            if (!synthesise_bold) bold_ = MappedFile(remembered_->bold.path);
        }
        if (regular_.empty() && problem_.empty()) problem_ = "no Korean font";
    }
    fonts_.ui = add_primary(atlas, regular_, index, false);
    if (fonts_.ui == nullptr) {  // a file FreeType cannot use: ImGui's own font, and the reason said
        problem_ = "font: FreeType could not use the font file";
        regular_ = {};
        bold_ = {};
        fonts_.ui = add_primary(atlas, regular_, 0, false);
    }
    has_korean_ = !regular_.empty();
    ImFontConfig chain;
    chain.MergeMode = true;
    chain.FontLoader = &chain_font_loader();
    atlas.AddFont(&chain);
    fonts_.chart = fonts_.ui;
    fonts_.chart_bold = add_primary(atlas, synthesise_bold ? regular_ : bold_, synthesise_bold ? index : 0, synthesise_bold);
    if (fonts_.chart_bold == nullptr) fonts_.chart_bold = fonts_.ui;
    else {
        chain.FontLoaderFlags = ImGuiFreeTypeLoaderFlags_Bold;  // fallback outlines thickened to match
        atlas.AddFont(&chain);
    }
}

// The Korean faces fontconfig chooses, remembered for the next start (when they changed).
void FontLibrary::remember_chosen_faces() {
    const FontChain& chain = glyphs_->chain();
    if (chain.primary(false) == nullptr) return;
    const KoreanFaces chosen{*chain.primary(false), *chain.primary(true)};
    if (remembered_ != chosen) remember_faces(remembered_path_, chosen);
    remembered_ = chosen;
}

void FontLibrary::rest() {
    // Fontconfig was asked since (a character needed a fallback): remember what it chose now.
    if (glyphs_ && glyphs_->chain_asked() && remembered_) remember_chosen_faces();
    regular_.drop_pages();
    bold_.drop_pages();
    if (glyphs_) glyphs_->rasteriser.rest();
}

void FontLibrary::prepare_for(std::string_view text) {
    if (!glyphs_ || glyphs_->chain_asked() || !remembered_) return;
    for (const char32_t c : decode_utf8(text)) {
        if (c < 0x20 || is_invisible(c) || (!is_emoji(c) && glyphs_->rasteriser.has(remembered_->regular, c))) continue;
        glyphs_->chain().face_for(c);  // fontconfig, and its fallback list, from here on
        return;
    }
}

Fonts FontLibrary::fonts(float scale) const {
    Fonts sized = fonts_;
    sized.ui_size = kUiFontPx * scale;
    sized.chart_size = kChartFontPx * scale;
    return sized;
}

std::vector<char32_t> FontLibrary::take_missing() {
    if (!glyphs_) return {};
    return std::exchange(glyphs_->missing, {});
}

}  // namespace mandalart::ui
