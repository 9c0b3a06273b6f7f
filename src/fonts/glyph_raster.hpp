#pragma once
// Draws one character from a font face into a small bitmap with FreeType: outlines at any size,
// colour emoji (fixed-size colour bitmaps) scaled to the size asked for. The editor puts these in
// its atlas for what ImGui's own builder cannot draw; the PNG export draws every glyph with it.
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "fonts/font_chain.hpp"
#include "fonts/mapped_file.hpp"

namespace mandalart {

struct GlyphImage {
    int width = 0, height = 0;
    double left = 0;     // from the pen position to the bitmap's left edge
    double top = 0;      // from the baseline up to the bitmap's top edge
    double advance = 0;  // where the next character starts
    bool colour = false;
    std::vector<std::uint8_t> rgba;  // straight RGBA; outlines are white with their coverage as alpha
};

class GlyphRasteriser {
public:
    GlyphRasteriser();
    ~GlyphRasteriser();
    GlyphRasteriser(const GlyphRasteriser&) = delete;
    GlyphRasteriser& operator=(const GlyphRasteriser&) = delete;

    // `c` from `face` with an em of `px` pixels (colour bitmaps: `px` tall); `bold` thickens
    // outlines. Empty (width 0) when the face cannot draw it.
    GlyphImage render(const FontFace& face, char32_t c, double px, bool bold = false);
    // Whether FreeType can use face `index` of a font file's bytes (a damaged or foreign file cannot).
    bool opens(const MappedFile& file, int index);
    // Whether `face` has a glyph for `c`.
    bool has(const FontFace& face, char32_t c);
    // Closes the faces opened so far and lets go of their files' pages: between bursts of new
    // glyphs nothing of them is needed. A face is opened again (a millisecond or two) when a glyph
    // needs it.
    void rest();

private:
    struct Opened {
        MappedFile file;  // the font file, mapped: only the pages FreeType reads count as memory
        void* face = nullptr;  // FT_Face on the mapping
    };
    void* open(const FontFace& face);  // an FT_Face, cached; nullptr when it cannot be opened

    void* library_ = nullptr;  // FT_Library
    std::map<std::pair<std::string, int>, Opened> faces_;
};

// A hollow box the size of a character of `px` pixels: how a character that no installed font has
// is drawn (never a "?").
GlyphImage replacement_box(double px);

}  // namespace mandalart
