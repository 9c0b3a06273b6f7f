#pragma once
// UTF-8 (the program's text) to and from UTF-16 held in a std::wstring, as Windows's W calls take
// it. Pure conversion: used by the Windows folders (storage/windows, fonts/windows, cli/windows,
// platform/windows) at every call into the system.
#include <string>
#include <string_view>

namespace mandalart {

std::wstring wide_text(std::string_view utf8);
std::string utf8_text(std::wstring_view utf16);

}  // namespace mandalart
