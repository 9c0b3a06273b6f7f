#pragma once
// A 64-bit FNV-1a hash of a file's bytes: how a save tells whether another program changed the
// file since it was read (mtime and size can stay the same after a change).
#include <cstdint>
#include <string>
#include <string_view>

namespace mandalart {

std::uint64_t content_hash(std::string_view bytes);
// 16 lowercase hex digits.
std::string hash_hex(std::uint64_t hash);

}  // namespace mandalart
