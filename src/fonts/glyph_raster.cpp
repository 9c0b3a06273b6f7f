#include "fonts/glyph_raster.hpp"

#include <algorithm>
#include <cmath>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_SYNTHESIS_H

namespace mandalart {
namespace {

FT_Face as_face(void* p) { return static_cast<FT_Face>(p); }

// The fixed size whose height is nearest above `px` (or the largest), for colour bitmap faces.
int best_strike(FT_Face face, double px) {
    int best = 0;
    for (int i = 0; i < face->num_fixed_sizes; ++i) {
        const double h = face->available_sizes[i].height, b = face->available_sizes[best].height;
        if ((h >= px && (b < px || h < b)) || (b < px && h > b)) best = i;
    }
    return best;
}

// A BGRA bitmap (premultiplied, as FreeType gives colour glyphs) scaled by `scale` with box
// filtering, into straight RGBA.
void scale_bgra(const FT_Bitmap& bitmap, double scale, GlyphImage& out) {
    out.width = std::max(1, static_cast<int>(std::lround(bitmap.width * scale)));
    out.height = std::max(1, static_cast<int>(std::lround(bitmap.rows * scale)));
    out.rgba.assign(static_cast<std::size_t>(out.width) * out.height * 4, 0);
    const double step = 1.0 / scale;
    for (int y = 0; y < out.height; ++y)
        for (int x = 0; x < out.width; ++x) {
            const int x0 = static_cast<int>(x * step), x1 = std::min<int>(bitmap.width, std::max(x0 + 1, static_cast<int>((x + 1) * step)));
            const int y0 = static_cast<int>(y * step), y1 = std::min<int>(bitmap.rows, std::max(y0 + 1, static_cast<int>((y + 1) * step)));
            double b = 0, g = 0, r = 0, a = 0;
            int n = 0;
            for (int sy = y0; sy < y1; ++sy)
                for (int sx = x0; sx < x1; ++sx) {
                    const unsigned char* p = bitmap.buffer + sy * bitmap.pitch + sx * 4;
                    b += p[0];
                    g += p[1];
                    r += p[2];
                    a += p[3];
                    ++n;
                }
            if (n == 0 || a == 0) continue;
            std::uint8_t* q = &out.rgba[(static_cast<std::size_t>(y) * out.width + x) * 4];
            q[0] = static_cast<std::uint8_t>(std::min(255.0, r * 255.0 / a));  // un-premultiply
            q[1] = static_cast<std::uint8_t>(std::min(255.0, g * 255.0 / a));
            q[2] = static_cast<std::uint8_t>(std::min(255.0, b * 255.0 / a));
            q[3] = static_cast<std::uint8_t>(a / n);
        }
}

void copy_gray(const FT_Bitmap& bitmap, GlyphImage& out) {
    out.width = static_cast<int>(bitmap.width);
    out.height = static_cast<int>(bitmap.rows);
    out.rgba.assign(static_cast<std::size_t>(out.width) * out.height * 4, 255);
    for (int y = 0; y < out.height; ++y)
        for (int x = 0; x < out.width; ++x)
            out.rgba[(static_cast<std::size_t>(y) * out.width + x) * 4 + 3] = bitmap.buffer[y * bitmap.pitch + x];
}

}  // namespace

GlyphRasteriser::GlyphRasteriser() {
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) == 0) library_ = library;
}

GlyphRasteriser::~GlyphRasteriser() {
    for (auto& [key, opened] : faces_)
        if (opened.face != nullptr) FT_Done_Face(as_face(opened.face));
    if (library_ != nullptr) FT_Done_FreeType(static_cast<FT_Library>(library_));
}

void* GlyphRasteriser::open(const FontFace& face) {
    const auto key = std::make_pair(face.path, face.index);
    if (const auto it = faces_.find(key); it != faces_.end()) return it->second.face;
    Opened& opened = faces_[key];
    opened.file = MappedFile(face.path);  // never read whole into memory
    FT_Face ft = nullptr;
    if (library_ != nullptr && !opened.file.empty() &&
        FT_New_Memory_Face(static_cast<FT_Library>(library_), opened.file.data(), static_cast<FT_Long>(opened.file.size()), face.index, &ft) == 0)
        opened.face = ft;
    return opened.face;
}

void GlyphRasteriser::rest() {
    for (auto& [key, opened] : faces_) {
        if (opened.face != nullptr) FT_Done_Face(as_face(opened.face));
        opened.file.drop_pages();
    }
    faces_.clear();
}

bool GlyphRasteriser::opens(const MappedFile& file, int index) {
    FT_Face ft = nullptr;
    if (library_ == nullptr || file.empty() ||
        FT_New_Memory_Face(static_cast<FT_Library>(library_), file.data(), static_cast<FT_Long>(file.size()), index, &ft) != 0)
        return false;
    FT_Done_Face(ft);
    return true;
}

bool GlyphRasteriser::has(const FontFace& face, char32_t c) {
    FT_Face f = as_face(open(face));
    return f != nullptr && FT_Get_Char_Index(f, c) != 0;
}

GlyphImage GlyphRasteriser::render(const FontFace& face, char32_t c, double px, bool bold) {
    GlyphImage out;
    FT_Face f = as_face(open(face));
    if (f == nullptr || FT_Get_Char_Index(f, c) == 0) return out;
    if (FT_HAS_COLOR(f) && !FT_IS_SCALABLE(f)) {  // colour emoji: fixed bitmaps, scaled here
        const int strike = best_strike(f, px);
        if (FT_Select_Size(f, strike) != 0 || FT_Load_Char(f, c, FT_LOAD_COLOR) != 0) return out;
        const FT_GlyphSlot g = f->glyph;
        if (g->bitmap.pixel_mode != FT_PIXEL_MODE_BGRA || g->bitmap.rows == 0) return out;
        const double scale = px / f->available_sizes[strike].height;
        scale_bgra(g->bitmap, scale, out);
        out.left = g->bitmap_left * scale;
        out.top = g->bitmap_top * scale;
        out.advance = g->advance.x / 64.0 * scale;
        out.colour = true;
        return out;
    }
    if (FT_Set_Pixel_Sizes(f, 0, static_cast<FT_UInt>(std::max(1.0, std::round(px)))) != 0) return out;
    if (FT_Load_Char(f, c, FT_LOAD_NO_HINTING) != 0) return out;
    const FT_GlyphSlot g = f->glyph;
    if (bold) FT_GlyphSlot_Embolden(g);
    if (FT_Render_Glyph(g, FT_RENDER_MODE_NORMAL) != 0) return out;
    copy_gray(g->bitmap, out);
    out.left = g->bitmap_left;
    out.top = g->bitmap_top;
    out.advance = g->advance.x / 64.0;
    return out;
}

GlyphImage replacement_box(double px) {
    GlyphImage box;
    box.width = std::max(4, static_cast<int>(std::lround(px * 0.55)));
    box.height = std::max(6, static_cast<int>(std::lround(px * 0.75)));
    box.left = std::max(1.0, px * 0.08);
    box.top = box.height;
    box.advance = box.width + 2 * box.left;
    box.rgba.assign(static_cast<std::size_t>(box.width) * box.height * 4, 255);
    const int line = std::max(1, static_cast<int>(std::lround(px / 14.0)));
    for (int y = 0; y < box.height; ++y)
        for (int x = 0; x < box.width; ++x) {
            const bool edge = x < line || y < line || x >= box.width - line || y >= box.height - line;
            box.rgba[(static_cast<std::size_t>(y) * box.width + x) * 4 + 3] = edge ? 255 : 0;
        }
    return box;
}

}  // namespace mandalart
