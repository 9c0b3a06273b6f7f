#include "core/wide_text.hpp"

#include "core/text.hpp"

namespace mandalart {

std::wstring wide_text(std::string_view utf8) {
    std::wstring out;
    out.reserve(utf8.size());
    for (const char32_t c : decode_utf8(utf8)) {
        if (c >= 0x10000) {
            out.push_back(static_cast<wchar_t>(0xD800 + ((c - 0x10000) >> 10)));
            out.push_back(static_cast<wchar_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
        } else {
            out.push_back(static_cast<wchar_t>(c));
        }
    }
    return out;
}

std::string utf8_text(std::wstring_view utf16) {
    std::string out;
    out.reserve(utf16.size() * 3);
    for (std::size_t i = 0; i < utf16.size(); ++i) {
        char32_t c = static_cast<char32_t>(utf16[i]) & 0xFFFF;
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < utf16.size()) {
            const char32_t low = static_cast<char32_t>(utf16[i + 1]) & 0xFFFF;
            if (low >= 0xDC00 && low < 0xE000) {
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                ++i;
            }
        }
        if (c >= 0xD800 && c < 0xE000) c = 0xFFFD;  // an unpaired surrogate
        append_utf8(out, c);
    }
    return out;
}

}  // namespace mandalart
