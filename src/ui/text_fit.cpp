#include "ui/text_fit.hpp"

#include <algorithm>
#include <cmath>
#include <cfloat>
#include <cstring>

namespace mandalart::ui {
namespace {

// Splits `text` into wrapped lines at `size`; returns the widest line's width.
float wrap_lines(const ImFont& font, const std::string& text, float size, float width,
                 std::vector<std::pair<int, int>>& lines) {
    lines.clear();
    const float scale = size / font.FontSize;
    const char* begin = text.data();
    const char* const end = begin + text.size();
    float widest = 0.0f;
    const char* s = begin;
    while (s < end) {
        const char* newline = static_cast<const char*>(memchr(s, '\n', static_cast<std::size_t>(end - s)));
        const char* para_end = newline ? newline : end;
        do {
            const char* cut = para_end;
            if (font.CalcTextSizeA(size, FLT_MAX, 0.0f, s, para_end).x > width) {
                cut = font.CalcWordWrapPositionA(scale, s, para_end, width);
                if (cut == s) cut = s + 1;  // always make progress
                while (cut < para_end && (static_cast<unsigned char>(*cut) & 0xC0) == 0x80) ++cut;
            }
            const char* line_end = cut;
            while (line_end > s && line_end[-1] == ' ') --line_end;
            lines.emplace_back(static_cast<int>(s - begin), static_cast<int>(line_end - begin));
            widest = std::max(widest, font.CalcTextSizeA(size, FLT_MAX, 0.0f, s, line_end).x);
            s = cut;
            while (s < para_end && *s == ' ') ++s;
        } while (s < para_end);
        if (newline) {
            s = newline + 1;
            if (s == end) lines.emplace_back(static_cast<int>(s - begin), static_cast<int>(s - begin));
        }
    }
    return widest;
}

}  // namespace

FittedText fit_text(const ImFont& font, const std::string& text, ImVec2 box, float max_size, float min_size) {
    FittedText fit;
    for (float size = max_size;; size = std::max(min_size, size * 0.92f)) {
        const float widest = wrap_lines(font, text, size, box.x, fit.lines);
        fit.size = size;
        fit.line_height = size * 1.18f;
        const float height = fit.line_height * static_cast<float>(fit.lines.size());
        fit.fits = height <= box.y && widest <= box.x + 0.5f;
        if (fit.fits || size <= min_size) break;
    }
    return fit;
}

void draw_fitted(ImDrawList& list, const ImFont& font, const std::string& text, const FittedText& fit, ImVec2 origin,
                 ImVec2 box, ImU32 colour) {
    const float total = fit.line_height * static_cast<float>(fit.lines.size());
    float y = origin.y + std::max(0.0f, (box.y - total) * 0.5f) + (fit.line_height - fit.size) * 0.5f;
    const ImVec4 clip(origin.x, origin.y, origin.x + box.x, origin.y + box.y);
    for (const auto& [b, e] : fit.lines) {
        const char* s = text.data() + b;
        const char* t = text.data() + e;
        const float w = font.CalcTextSizeA(fit.size, FLT_MAX, 0.0f, s, t).x;
        const float x = origin.x + std::max(0.0f, (box.x - w) * 0.5f);
        list.AddText(&font, fit.size, ImVec2(std::floor(x), std::floor(y)), colour, s, t, 0.0f, &clip);
        y += fit.line_height;
    }
}

}  // namespace mandalart::ui
