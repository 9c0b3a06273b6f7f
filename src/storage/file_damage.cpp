#include "storage/file_damage.hpp"

#include <algorithm>

namespace mandalart {
namespace {

bool starts_with(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

bool json_start(char c) {
    return c == '{' || c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
}

}  // namespace

Damage damage_in_bytes(std::string_view bytes) {
    using namespace std::string_view_literals;
    if (bytes.empty()) return Damage::Empty;
    if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == '\0'; })) return Damage::Zeros;
    if (starts_with(bytes, "\xFF\xFE\0\0"sv) || starts_with(bytes, "\0\0\xFE\xFF"sv)) return Damage::Utf32;
    if (starts_with(bytes, "\xFF\xFE"sv) || starts_with(bytes, "\xFE\xFF"sv)) return Damage::Utf16;
    // JSON text starts with an ASCII character: in UTF-32 three of its four bytes are zero, in
    // UTF-16 one of its two.
    if (bytes.size() >= 4 && ((bytes[0] != '\0' && bytes.substr(1, 3) == "\0\0\0"sv) ||
                              (bytes.substr(0, 3) == "\0\0\0"sv && bytes[3] != '\0')))
        return Damage::Utf32;
    if (bytes.size() >= 2 && ((bytes[0] == '\0') != (bytes[1] == '\0'))) return Damage::Utf16;
    const auto first = std::find_if(bytes.begin(), bytes.end(), [](char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; });
    if (first == bytes.end()) return Damage::Empty;  // blank space only
    if (!starts_with(bytes, "\xEF\xBB\xBF"sv) && !json_start(*first)) return Damage::NotJson;
    return Damage::None;
}

bool damaged_by_storage(Damage damage) {
    return damage == Damage::Empty || damage == Damage::Zeros || damage == Damage::CutShort;
}

std::string with_thousands(std::uint64_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

}  // namespace mandalart
