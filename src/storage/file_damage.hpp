#pragma once
// What is wrong with a file that does not read as a plan, told apart by what its bytes show, so a
// message can say what was seen in the user's words: a power cut or a failing disk leaves an empty
// file, one of zero bytes, or one cut short (its valid start, then nothing or zeros); a text editor
// may have saved it as UTF-16 or UTF-32; it may not be JSON at all, be damaged inside, or be JSON
// that is not a plan.
#include <cstdint>
#include <string>
#include <string_view>

namespace mandalart {

enum class Damage {
    None,      // reads (a whole plan followed by zero bytes reads too)
    Empty,     // no bytes
    Zeros,     // nothing but zero bytes
    CutShort,  // a valid start that ends in the middle of a value (then nothing, or zeros)
    Utf16,     // a UTF-16 byte order mark, or ASCII text's pattern of zero bytes
    Utf32,
    NotJson,   // does not start as JSON does
    Corrupt,   // JSON, damaged inside (bad UTF-8, a stray byte, nesting too deep)
    NotAPlan,  // JSON, but not a plan
    Missing,   // not there at all, while its earlier versions or a crash journal are: deleted, moved, or
               // a power cut took its last save back (a rename not yet on disk)
};

// What the bytes alone show: Empty, Zeros, Utf16, Utf32, NotJson, or None (parse them to know more).
Damage damage_in_bytes(std::string_view bytes);

// Whether a damage is what a power cut or a failing disk leaves behind.
bool damaged_by_storage(Damage damage);

// "9,412": a count with thousands separators, as messages show sizes.
std::string with_thousands(std::uint64_t n);

}  // namespace mandalart
