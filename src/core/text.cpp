#include "core/text.hpp"

namespace mandalart {
namespace {

// Length of the UTF-8 sequence at text[i], or 0 when it is invalid.
std::size_t valid_sequence_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) return 1;
    std::size_t len = 0;
    char32_t min = 0;
    char32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0) { len = 2; min = 0x80; cp = b0 & 0x1F; }
    else if ((b0 & 0xF0) == 0xE0) { len = 3; min = 0x800; cp = b0 & 0x0F; }
    else if ((b0 & 0xF8) == 0xF0) { len = 4; min = 0x10000; cp = b0 & 0x07; }
    else return 0;
    if (i + len > text.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

char32_t decode_at(std::string_view text, std::size_t i, std::size_t len) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (len == 1) return b0;
    char32_t cp = b0 & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    return cp;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = valid_sequence_length(text, i);
        if (len == 0) return i;
        i += len;
    }
    return std::nullopt;
}

std::vector<char32_t> decode_utf8(std::string_view text) {
    std::vector<char32_t> out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = valid_sequence_length(text, i);
        if (len == 0) { out.push_back(0xFFFD); ++i; continue; }
        out.push_back(decode_at(text, i, len));
        i += len;
    }
    return out;
}

std::string replace_invalid_utf8(std::string_view text) {
    if (!find_invalid_utf8(text)) return std::string(text);
    std::string out;
    for (const char32_t cp : decode_utf8(text)) append_utf8(out, cp);
    return out;
}

std::string one_line(std::string_view text) {
    std::string out;
    for (const char c : replace_invalid_utf8(text)) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (u < 0x20 || u == 0x7F) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[u >> 4];
            out += kHex[u & 0xF];
        } else {
            out += c;
        }
    }
    return out;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t count_code_points(std::string_view text) {
    std::size_t n = 0;
    for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

std::size_t utf8_offset(std::string_view text, std::size_t code_points) {
    std::size_t i = 0;
    for (std::size_t n = 0; n < code_points && i < text.size(); ++n) {
        ++i;
        while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    }
    return i;
}

bool is_invisible(char32_t cp) {
    return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
           cp == 0xFEFF || (cp >= 0xE0000 && cp <= 0xE0FFF) || cp == 0x034F || cp == 0x00AD;
}

int display_width(char32_t cp) {
    if (cp == 0 || is_invisible(cp)) return 0;
    // Combining marks and Hangul medial/final jamo (they join the previous syllable).
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0x200B && cp <= 0x200F) ||
        (cp >= 0xFE00 && cp <= 0xFE0F))
        return 0;
    const bool wide =
        (cp >= 0x1100 && cp <= 0x115F) ||   // Hangul Jamo initials
        (cp >= 0x2E80 && cp <= 0x303E) ||   // CJK radicals, punctuation
        (cp >= 0x3041 && cp <= 0x33FF) ||   // Kana, Hangul compatibility jamo, CJK symbols
        (cp >= 0x3400 && cp <= 0x4DBF) ||   // CJK extension A
        (cp >= 0x4E00 && cp <= 0x9FFF) ||   // CJK unified ideographs
        (cp >= 0xA960 && cp <= 0xA97F) ||   // Hangul Jamo extended A
        (cp >= 0xAC00 && cp <= 0xD7A3) ||   // Hangul syllables
        (cp >= 0xF900 && cp <= 0xFAFF) ||   // CJK compatibility ideographs
        (cp >= 0xFE30 && cp <= 0xFE4F) ||   // CJK compatibility forms
        (cp >= 0xFF00 && cp <= 0xFF60) ||   // Fullwidth forms
        (cp >= 0xFFE0 && cp <= 0xFFE6) ||
        (cp >= 0x1F300 && cp <= 0x1F64F) || // emoji
        (cp >= 0x1F680 && cp <= 0x1F6FF) ||
        (cp >= 0x1F900 && cp <= 0x1FAFF) ||
        (cp >= 0x20000 && cp <= 0x3FFFD);   // CJK extensions B..
    return wide ? 2 : 1;
}

int display_width(std::string_view text) {
    int width = 0;
    for (const char32_t cp : decode_utf8(text)) width += display_width(cp);
    return width;
}

namespace {

// Wraps one paragraph (no '\n') into lines of at most `width` columns.
void wrap_paragraph(const std::vector<char32_t>& cps, int width, std::vector<std::string>& lines) {
    std::size_t start = 0;
    while (start < cps.size()) {
        int used = 0;
        std::size_t end = start;
        std::size_t last_space = std::string::npos;
        while (end < cps.size() && used + display_width(cps[end]) <= width) {
            if (cps[end] == U' ') last_space = end;
            used += display_width(cps[end]);
            ++end;
        }
        if (end == start) end = start + 1;  // a single glyph wider than the column
        std::size_t cut = end;
        std::size_t next = end;
        if (end < cps.size() && cps[end] != U' ' && last_space != std::string::npos && last_space > start) {
            cut = last_space;
            next = last_space + 1;
        } else if (end < cps.size() && cps[end] == U' ') {
            next = end + 1;
        }
        std::string line;
        for (std::size_t k = start; k < cut; ++k) append_utf8(line, cps[k]);
        lines.push_back(std::move(line));
        start = next;
    }
}

}  // namespace

std::vector<std::string> wrap_to_width(std::string_view text, int width) {
    std::vector<std::string> lines;
    if (width < 2) width = 2;
    std::size_t pos = 0;
    while (true) {
        const std::size_t nl = text.find('\n', pos);
        const std::string_view para = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        const std::size_t before = lines.size();
        wrap_paragraph(decode_utf8(para), width, lines);
        if (lines.size() == before) lines.emplace_back();
        if (nl == std::string_view::npos) break;
        pos = nl + 1;
    }
    return lines;
}

std::string pad_to_width(std::string_view text, int width) {
    std::string out(text);
    const int pad = width - display_width(text);
    if (pad > 0) out.append(static_cast<std::size_t>(pad), ' ');
    return out;
}

std::string truncate_to_width(std::string_view text, int width) {
    const std::string_view line = text.substr(0, text.find('\n'));
    const bool cut_line = line.size() < text.size();
    if (!cut_line && display_width(line) <= width) return std::string(line);
    std::string out;
    int used = 0;
    for (const char32_t cp : decode_utf8(line)) {
        const int w = display_width(cp);
        if (used + w > width - 1) break;
        append_utf8(out, cp);
        used += w;
    }
    return out + "…";
}

bool is_blank(std::string_view text) {
    for (const char32_t cp : decode_utf8(text)) {
        const bool space = cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == 0xA0 || cp == 0x3000 ||
                           (cp >= 0x2000 && cp <= 0x200B) || cp == 0xFEFF;
        if (!space) return false;
    }
    return true;
}

}  // namespace mandalart
