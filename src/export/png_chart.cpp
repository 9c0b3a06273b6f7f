#include "export/png_chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <stb/stb_image_write.h>

#include "core/text.hpp"
#include "storage/atomic_write.hpp"
#include "fonts/font_chain.hpp"
#include "fonts/glyph_raster.hpp"

namespace mandalart {
namespace {

class Canvas {
public:
    Canvas(int w, int h, Colour background) : w_(w), h_(h), pixels_(static_cast<std::size_t>(w) * h * 3) {
        fill_rect(0, 0, w, h, background, 1.0);
    }
    int width() const { return w_; }
    int height() const { return h_; }
    const std::uint8_t* data() const { return pixels_.data(); }

    void blend(int x, int y, Colour c, double alpha) {
        if (x < 0 || y < 0 || x >= w_ || y >= h_ || alpha <= 0) return;
        std::uint8_t* p = &pixels_[(static_cast<std::size_t>(y) * w_ + x) * 3];
        const auto mix = [&](std::uint8_t& dst, std::uint8_t src) {
            dst = static_cast<std::uint8_t>(dst + (src - dst) * std::min(alpha, 1.0) + 0.5);
        };
        mix(p[0], c.r);
        mix(p[1], c.g);
        mix(p[2], c.b);
    }
    // An axis-aligned rectangle with rounded corners (radius r), antialiased at the corners.
    void fill_rect(double x0, double y0, double x1, double y1, Colour c, double alpha, double r = 0) {
        for (int y = std::max(0, static_cast<int>(y0)); y < std::min(h_, static_cast<int>(std::ceil(y1))); ++y)
            for (int x = std::max(0, static_cast<int>(x0)); x < std::min(w_, static_cast<int>(std::ceil(x1))); ++x) {
                const double px = x + 0.5, py = y + 0.5;
                const double dx = std::max({x0 + r - px, px - (x1 - r), 0.0});
                const double dy = std::max({y0 + r - py, py - (y1 - r), 0.0});
                const double outside = r > 0 ? std::sqrt(dx * dx + dy * dy) - r : -1.0;
                const double cover = std::clamp(0.5 - outside, 0.0, 1.0) *
                                     std::clamp(std::min({px - x0 + 0.5, x1 - px + 0.5, py - y0 + 0.5, y1 - py + 0.5}), 0.0, 1.0);
                blend(x, y, c, alpha * cover);
            }
    }

private:
    int w_, h_;
    std::vector<std::uint8_t> pixels_;
};

// Draws text through the font chain: the Korean face, fallbacks for Hanja, Chinese, symbols and
// emoji (in colour), and a box for a character no installed font has.
class TextRenderer {
public:
    bool ready() const { return chain_.primary() != nullptr; }

    // Lines centred on cx, the block of lines centred vertically on `middle`.
    void draw(Canvas& canvas, const PictureText& t, double cx, double middle) {
        if (t.lines.empty()) return;
        const double px = std::max(1.0, std::round(t.size));
        const double line = t.size * kLineHeightEm;
        double baseline = middle - line * static_cast<double>(t.lines.size()) / 2.0 + t.size * 0.92;
        for (const std::string& text : t.lines) {
            std::vector<GlyphImage> glyphs;
            double width = 0;
            for (const char32_t cp : decode_utf8(text)) {
                if (is_invisible(cp)) continue;
                glyphs.push_back(glyph(cp, px, t.bold));
                width += glyphs.back().advance;
            }
            double x = cx - width / 2.0;
            for (const GlyphImage& g : glyphs) {
                const int left = static_cast<int>(std::lround(x + g.left));
                const int top = static_cast<int>(std::lround(baseline - g.top));
                for (int row = 0; row < g.height; ++row)
                    for (int col = 0; col < g.width; ++col) {
                        const std::uint8_t* p = &g.rgba[(static_cast<std::size_t>(row) * g.width + col) * 4];
                        const Colour ink = g.colour ? Colour{p[0], p[1], p[2]} : t.colour;
                        canvas.blend(left + col, top + row, ink, p[3] / 255.0);
                    }
                x += g.advance;
            }
            baseline += line;
        }
    }

private:
    GlyphImage glyph(char32_t cp, double px, bool bold) {
        const FontFace* face = chain_.face_for(cp);
        if (face == nullptr) return replacement_box(px);
        const FontFace* regular = chain_.primary(false);
        const bool korean = regular != nullptr && *face == *regular;
        const FontFace& drawn = korean && bold ? *chain_.primary(true) : *face;
        const bool embolden = bold && !face->colour && (!korean || chain_.primary(true)->path == regular->path);
        GlyphImage image = raster_.render(drawn, cp, face->colour ? px * 0.95 : px, embolden);
        return image.width == 0 && image.advance == 0 && cp != ' ' ? replacement_box(px) : image;
    }

    FontChain chain_;
    GlyphRasteriser raster_;
};

void fill(Canvas& canvas, const PictureRect& r, Colour colour, double alpha, double corner) {
    canvas.fill_rect(r.x, r.y, r.x + r.w, r.y + r.h, colour, alpha, corner);
}

void draw_cell(Canvas& canvas, TextRenderer& text, const PictureCell& c) {
    const double stroke = std::max(1.0, c.stroke);
    fill(canvas, c.box, c.border, 1.0, c.corner);
    fill(canvas, {c.box.x + stroke, c.box.y + stroke, c.box.w - 2 * stroke, c.box.h - 2 * stroke}, c.fill, 1.0, c.corner - stroke);
    if (c.progress) {
        fill(canvas, c.bar, c.bar_colour, 0.25, c.bar.h / 2);
        if (*c.progress > 0) fill(canvas, {c.bar.x, c.bar.y, c.bar.w * *c.progress, c.bar.h}, c.bar_colour, 1.0, c.bar.h / 2);
    }
    text.draw(canvas, c.percent, c.centre_x(), c.percent_middle);
    text.draw(canvas, c.text, c.centre_x(), c.text_middle);
}

}  // namespace

std::string write_chart_png(const ChartPicture& pic, const std::string& path, FileSystem& fs) {
    TextRenderer text;
    if (!text.ready()) return "no font with Korean characters was found (install fonts-nanum)";
    Canvas canvas(static_cast<int>(std::ceil(pic.width)), static_cast<int>(std::ceil(pic.height)), pic.background);
    text.draw(canvas, pic.title, pic.width / 2, pic.title_middle);
    text.draw(canvas, pic.subtitle, pic.width / 2, pic.subtitle_middle);
    for (const PictureCell& c : pic.cells) draw_cell(canvas, text, c);

    std::string bytes;
    const auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
    };
    if (stbi_write_png_to_func(append, &bytes, canvas.width(), canvas.height(), 3, canvas.data(), canvas.width() * 3) == 0)
        return "could not encode the PNG image";
    return atomic_write(fs, path, bytes, Durability::PowerLoss, Privacy::Shared);
}

}  // namespace mandalart
