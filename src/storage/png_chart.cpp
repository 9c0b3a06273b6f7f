#include "storage/png_chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <stb/stb_image_write.h>

#include "core/text.hpp"
#include "storage/atomic_write.hpp"
#include "storage/font_finder.hpp"

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

class TextRenderer {
public:
    TextRenderer() {
        const KoreanFonts fonts = find_korean_fonts();
        if (FT_Init_FreeType(&library_) != 0) return;
        if (!fonts.regular.empty()) FT_New_Face(library_, fonts.regular.c_str(), 0, &regular_);
        if (!fonts.bold.empty()) FT_New_Face(library_, fonts.bold.c_str(), 0, &bold_);
        if (bold_ == nullptr) bold_ = regular_;
    }
    ~TextRenderer() {
        if (bold_ != nullptr && bold_ != regular_) FT_Done_Face(bold_);
        if (regular_ != nullptr) FT_Done_Face(regular_);
        if (library_ != nullptr) FT_Done_FreeType(library_);
    }
    TextRenderer(const TextRenderer&) = delete;
    TextRenderer& operator=(const TextRenderer&) = delete;

    bool ready() const { return regular_ != nullptr; }

    // Lines centred on cx, the block of lines centred vertically on `middle`.
    void draw(Canvas& canvas, const PictureText& t, double cx, double middle) {
        if (t.lines.empty()) return;
        FT_Face face = t.bold ? bold_ : regular_;
        FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(std::max(1.0, std::round(t.size))));
        const double line = t.size * kLineHeightEm;
        double baseline = middle - line * static_cast<double>(t.lines.size()) / 2.0 + t.size * 0.92;
        for (const std::string& text : t.lines) {
            const std::vector<char32_t> cps = decode_utf8(text);
            double x = cx - advance(face, cps) / 2.0;
            for (const char32_t cp : cps) {
                if (FT_Load_Char(face, cp, FT_LOAD_RENDER) != 0) continue;
                const FT_GlyphSlot g = face->glyph;
                const int left = static_cast<int>(std::lround(x)) + g->bitmap_left;
                const int top = static_cast<int>(std::lround(baseline)) - g->bitmap_top;
                for (unsigned row = 0; row < g->bitmap.rows; ++row)
                    for (unsigned col = 0; col < g->bitmap.width; ++col)
                        canvas.blend(left + static_cast<int>(col), top + static_cast<int>(row), t.colour,
                                     g->bitmap.buffer[row * static_cast<unsigned>(g->bitmap.pitch) + col] / 255.0);
                x += static_cast<double>(g->advance.x) / 64.0;
            }
            baseline += line;
        }
    }

private:
    static double advance(FT_Face face, const std::vector<char32_t>& cps) {
        double total = 0;
        for (const char32_t cp : cps)
            if (FT_Load_Char(face, cp, FT_LOAD_DEFAULT) == 0) total += static_cast<double>(face->glyph->advance.x) / 64.0;
        return total;
    }

    FT_Library library_ = nullptr;
    FT_Face regular_ = nullptr;
    FT_Face bold_ = nullptr;
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

std::string write_chart_png(const ChartPicture& pic, const std::string& path) {
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
    return atomic_write(real_file_system(), path, bytes);
}

}  // namespace mandalart
