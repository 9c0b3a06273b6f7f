#include "ui/chain_font_loader.hpp"

#include <cmath>

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_freetype.h>

#include "core/text.hpp"

namespace mandalart::ui {
namespace {

ChainGlyphs& glyphs_of(ImFontAtlas* atlas) { return *static_cast<ChainGlyphs*>(atlas->UserData); }

// The glyph for `c` at an ImGui size of `size` pixels (the line's height, as ImGui's FreeType
// loader sizes the Korean face): outlines at an em of 86 % of it, colour emoji at 82 %, a box at
// 85 %, so that they sit on the Korean face's line as they always have.
GlyphImage draw(ChainGlyphs& glyphs, char32_t c, float size, bool bold) {
    if (is_invisible(c)) return GlyphImage{};  // joiners, variation selectors: nothing, no advance
    if (const FontFace* face = glyphs.chain().face_for(c)) {
        GlyphImage image = glyphs.rasteriser.render(*face, c, size * (face->colour ? 0.82 : 0.86), bold && !face->colour);
        if (image.width > 0 || image.advance > 0) return image;
    }
    glyphs.missing.push_back(c);
    return replacement_box(size * 0.85);
}

bool contains(ImFontAtlas*, ImFontConfig*, ImWchar) { return true; }  // the last source: it always answers

bool baked_init(ImFontAtlas*, ImFontConfig*, ImFontBaked*, void*) { return true; }

bool load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar codepoint, ImFontGlyph* out_glyph,
                float* out_advance_x) {
    const float density = src->RasterizerDensity * baked->RasterizerDensity;
    const bool bold = (src->FontLoaderFlags & ImGuiFreeTypeLoaderFlags_Bold) != 0;
    const GlyphImage image = draw(glyphs_of(atlas), static_cast<char32_t>(codepoint), baked->Size * density, bold);
    const float advance = static_cast<float>(std::ceil(image.advance)) / density;
    if (out_advance_x != nullptr) {
        *out_advance_x = advance;
        return true;
    }
    out_glyph->Codepoint = codepoint;
    out_glyph->AdvanceX = advance;
    if (image.width == 0 || image.height == 0) return true;
    const ImFontAtlasRectId pack = ImFontAtlasPackAddRect(atlas, image.width, image.height);
    if (pack == ImFontAtlasRectId_Invalid) return false;
    ImTextureRect* rect = ImFontAtlasPackGetRect(atlas, pack);
    const float left = std::round(static_cast<float>(image.left)) / density;
    const float top = baked->Ascent - std::round(static_cast<float>(image.top)) / density;  // from the line's top
    out_glyph->X0 = left;
    out_glyph->Y0 = top;
    out_glyph->X1 = left + static_cast<float>(image.width) / density;
    out_glyph->Y1 = top + static_cast<float>(image.height) / density;
    out_glyph->Visible = true;
    out_glyph->Colored = image.colour;
    out_glyph->PackId = pack;
    ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, rect, image.rgba.data(), ImTextureFormat_RGBA32,
                                       image.width * 4);
    return true;
}

ImFontLoader make_loader() {
    ImFontLoader loader;
    loader.Name = "mandalart font chain";
    loader.FontSrcContainsGlyph = contains;
    loader.FontBakedInit = baked_init;
    loader.FontBakedLoadGlyph = load_glyph;
    return loader;
}

}  // namespace

const ImFontLoader& chain_font_loader() {
    static const ImFontLoader loader = make_loader();
    return loader;
}

void attach_chain_glyphs(ImFontAtlas& atlas, ChainGlyphs& glyphs) { atlas.UserData = &glyphs; }

}  // namespace mandalart::ui
