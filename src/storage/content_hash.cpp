#include "storage/content_hash.hpp"

#include <cstdio>
#include <functional>

namespace mandalart {

// The standard library's hash of bytes (libstdc++: Murmur-style, eight bytes a step): a tenth of a
// year's load time with byte-at-a-time FNV.
std::uint64_t content_hash(std::string_view bytes) { return std::hash<std::string_view>{}(bytes); }

std::uint64_t name_hash(std::string_view bytes) {
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

std::string hash_hex(std::uint64_t hash) {
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

}  // namespace mandalart
