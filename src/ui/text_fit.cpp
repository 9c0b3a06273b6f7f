#include "ui/text_fit.hpp"

#include <algorithm>
#include <cmath>
#include <cfloat>
#include <cstring>

namespace mandalart::ui {
namespace {

// Splits `text` into wrapped lines at `size`; returns the widest line's width.
float wrap_lines(ImFont& font, const std::string& text, float size, float width,
                 std::vector<std::pair<int, int>>& lines) {
    lines.clear();
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
                cut = font.CalcWordWrapPosition(size, s, para_end, width);
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

constexpr const char* kEllipsis = "\u2026";

// Keeps the lines that fit in the box and shortens the last one, whole characters at a time,
// until it and "…" fit the width.
void truncate(ImFont& font, const std::string& text, ImVec2 box, FittedText& fit) {
    const auto rows = static_cast<std::size_t>(std::max(1.0f, std::floor(box.y / fit.line_height)));
    if (fit.lines.size() > rows) fit.lines.resize(rows);
    auto& [begin, end] = fit.lines.back();
    const float room = box.x - font.CalcTextSizeA(fit.size, FLT_MAX, 0.0f, kEllipsis).x;
    while (end > begin && font.CalcTextSizeA(fit.size, FLT_MAX, 0.0f, text.data() + begin, text.data() + end).x > room) {
        --end;
        while (end > begin && (static_cast<unsigned char>(text[static_cast<std::size_t>(end)]) & 0xC0) == 0x80) --end;
    }
    while (end > begin && text[static_cast<std::size_t>(end) - 1] == ' ') --end;
    fit.truncated = true;
}

}  // namespace

std::string fit_line(ImFont& font, float size, const std::string& text, float width) {
    const std::size_t newline = text.find('\n');
    const std::string line = text.substr(0, newline);
    if (newline == std::string::npos && font.CalcTextSizeA(size, FLT_MAX, 0.0f, line.c_str()).x <= width) return line;
    const float room = width - font.CalcTextSizeA(size, FLT_MAX, 0.0f, kEllipsis).x;
    std::size_t end = line.size();
    while (end > 0 && font.CalcTextSizeA(size, FLT_MAX, 0.0f, line.data(), line.data() + end).x > room) {
        --end;
        while (end > 0 && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) --end;
    }
    return line.substr(0, end) + kEllipsis;
}

// Each size text is measured at is a size ImGui loads its glyphs for. So the text is laid out at
// the largest size, smaller sizes are estimated from that layout (widths scale with the size),
// and only the size chosen is measured again, exactly (a smaller one after it, if the estimate
// was a pixel short).
FittedText fit_text(ImFont& font, const std::string& text, ImVec2 box, float max_size, float min_size) {
    FittedText fit;
    float size = max_size;
    for (;; size = std::max(min_size, size * 0.92f)) {
        const float ratio = size / max_size;
        const float widest = wrap_lines(font, text, max_size, box.x / ratio, fit.lines) * ratio;
        const float height = size * 1.18f * static_cast<float>(fit.lines.size());
        if ((height <= box.y && widest <= box.x + 0.5f) || size <= min_size) break;
    }
    for (;; size = std::max(min_size, size * 0.92f)) {
        const float widest = wrap_lines(font, text, size, box.x, fit.lines);
        fit.size = size;
        fit.line_height = size * 1.18f;
        const float height = fit.line_height * static_cast<float>(fit.lines.size());
        fit.fits = height <= box.y && widest <= box.x + 0.5f;
        if (fit.fits || size <= min_size) break;
    }
    if (!fit.fits) truncate(font, text, box, fit);
    return fit;
}

void draw_fitted(ImDrawList& list, ImFont& font, const std::string& text, const FittedText& fit, ImVec2 origin,
                 ImVec2 box, ImU32 colour) {
    const float total = fit.line_height * static_cast<float>(fit.lines.size());
    float y = origin.y + std::max(0.0f, (box.y - total) * 0.5f) + (fit.line_height - fit.size) * 0.5f;
    const ImVec4 clip(origin.x, origin.y, origin.x + box.x, origin.y + box.y);
    for (std::size_t i = 0; i < fit.lines.size(); ++i) {
        const char* s = text.data() + fit.lines[i].first;
        const char* t = text.data() + fit.lines[i].second;
        const bool last = fit.truncated && i + 1 == fit.lines.size();
        const float ellipsis = last ? font.CalcTextSizeA(fit.size, FLT_MAX, 0.0f, kEllipsis).x : 0.0f;
        const float w = font.CalcTextSizeA(fit.size, FLT_MAX, 0.0f, s, t).x + ellipsis;
        const float x = origin.x + std::max(0.0f, (box.x - w) * 0.5f);
        list.AddText(&font, fit.size, ImVec2(std::floor(x), std::floor(y)), colour, s, t, 0.0f, &clip);
        if (last) list.AddText(&font, fit.size, ImVec2(std::floor(x + w - ellipsis), std::floor(y)), colour, kEllipsis, nullptr, 0.0f, &clip);
        y += fit.line_height;
    }
}

}  // namespace mandalart::ui
