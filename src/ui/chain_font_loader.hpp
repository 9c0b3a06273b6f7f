#pragma once
// The font chain as a Dear ImGui font source: a loader merged after the Korean face that draws
// what that face lacks, one glyph when it is first drawn at a size, from the installed face
// fontconfig's chain names for it (Noto CJK for Hanja and kana, the colour emoji face in colour,
// a symbol face), through our FreeType rasteriser on the mapped font files. A character that no
// installed font has is drawn as a hollow box and remembered, so that the editor names it once.
// (ImGui's FreeType loader cannot scale the fixed-size colour bitmaps of Noto Color Emoji, and
// would copy every fallback file, tens of megabytes, into memory.)
#include <optional>
#include <vector>

#include "fonts/font_chain.hpp"
#include "fonts/glyph_raster.hpp"

struct ImFontAtlas;
struct ImFontLoader;

namespace mandalart::ui {

// What the loader draws with, reached through the atlas's UserData.
class ChainGlyphs {
public:
    // The font chain: fontconfig is asked the first time it is needed (a character the Korean
    // face lacks, or no Korean face remembered), not at every start.
    FontChain& chain() {
        if (!chain_) chain_.emplace();
        return *chain_;
    }
    bool chain_asked() const { return chain_.has_value(); }

    GlyphRasteriser rasteriser;
    std::vector<char32_t> missing;  // characters drawn as a box since the last look

private:
    std::optional<FontChain> chain_;
};

const ImFontLoader& chain_font_loader();

// Points `atlas` at `glyphs` for the loader (the atlas's UserData).
void attach_chain_glyphs(ImFontAtlas& atlas, ChainGlyphs& glyphs);

}  // namespace mandalart::ui
