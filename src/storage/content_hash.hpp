#pragma once
// Hashes of bytes. content_hash: how a save tells whether another program changed the file since
// it was read (mtime and size can stay the same after a change); compared only within one run,
// never stored. name_hash: 64-bit FNV-1a, stable across runs and versions, for names kept on disk.
#include <cstdint>
#include <string>
#include <string_view>

namespace mandalart {

std::uint64_t content_hash(std::string_view bytes);
std::uint64_t name_hash(std::string_view bytes);
// 16 lowercase hex digits.
std::string hash_hex(std::uint64_t hash);

}  // namespace mandalart
