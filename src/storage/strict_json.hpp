#pragma once
// Parses untrusted JSON text with checks that run before and during parsing:
// no byte order mark, valid UTF-8, nesting at most 64 deep, no duplicate keys.
// Errors are one line, prefixed with the file name (and line:column where there is one).
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "storage/file_damage.hpp"

namespace mandalart {

inline constexpr int kMaxJsonDepth = 64;

struct StrictJson {
    nlohmann::ordered_json value;
    std::string error;  // empty on success
    Damage damage = Damage::None;
};

StrictJson parse_strict_json(std::string_view text, const std::string& name);

// 1-based line and column (in characters) of a byte offset, for error messages.
struct TextPosition {
    std::size_t line = 1, column = 1;
};
TextPosition position_of(std::string_view text, std::size_t byte_offset);

// A key as one JSON pointer segment (RFC 6901): "~" → "~0", "/" → "~1".
std::string pointer_token(const std::string& key);

}  // namespace mandalart
