#pragma once
// UTF-8 helpers: validation, code points, terminal display width, wrapping.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mandalart {

// Offset of the first byte that is not valid UTF-8 (overlongs, surrogates and
// code points above U+10FFFF are invalid), or nullopt when the text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Decodes valid UTF-8 into code points (invalid bytes become U+FFFD).
std::vector<char32_t> decode_utf8(std::string_view text);
void append_utf8(std::string& out, char32_t cp);
// The text with each byte that is not valid UTF-8 replaced by U+FFFD (for messages that quote
// bytes from a damaged file: the message itself stays valid UTF-8).
std::string replace_invalid_utf8(std::string_view text);
// The text as one line for a message that quotes it: line breaks, tabs and other control
// characters written as JSON writes them (\n, \t, \u001b), invalid bytes as U+FFFD.
std::string one_line(std::string_view text);

std::size_t count_code_points(std::string_view text);
// Whether the text holds nothing but white space (ASCII, no-break and ideographic spaces, line breaks).
bool is_blank(std::string_view text);
// Bytes taken by the first `code_points` code points of `text` (all of it when it has fewer).
std::size_t utf8_offset(std::string_view text, std::size_t code_points);

// Columns a code point takes in a terminal: 2 for East Asian Wide/Fullwidth
// (Hangul, CJK, fullwidth forms), 0 for combining marks, 1 otherwise.
int display_width(char32_t cp);
// Characters that are never drawn themselves: joiners, variation selectors, zero-width spaces
// ("🏃‍♂️" holds U+200D and U+FE0F); fonts may lack them and that is not a missing glyph.
bool is_invisible(char32_t cp);
int display_width(std::string_view text);

// Splits text into lines of at most `width` columns, breaking at spaces when
// possible and inside words otherwise (Korean text often has few spaces).
// Existing line breaks are kept.
std::vector<std::string> wrap_to_width(std::string_view text, int width);

// Pads with spaces to exactly `width` columns (text must already fit).
std::string pad_to_width(std::string_view text, int width);
// The first line of `text`, cut to at most `width` columns with "…" when it is longer.
std::string truncate_to_width(std::string_view text, int width);

}  // namespace mandalart
