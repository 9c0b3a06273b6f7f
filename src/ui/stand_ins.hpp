#pragma once
// The packaged ImGui keeps characters in 16 bits: a character beyond U+FFFF (most emoji: 🏃) would
// become U+FFFD the moment ImGui holds it — shown wrong, and lost when a field is edited. While
// ImGui holds text, each such character is stood in for by a character of a block Korean users do
// not write (Yi Syllables, U+A000…; ImGui drops typed private-use characters); text leaves ImGui
// with the real characters back. Characters of that block the user did write get stand-ins too,
// so whatever comes out of ImGui maps back exactly.
#include <optional>
#include <string>
#include <string_view>

struct ImGuiIO;

namespace mandalart::ui {

// Whether ImGui cannot hold `c` as itself.
bool needs_stand_in(char32_t c);
// The character ImGui holds for `c` (c itself when it needs none). Stable for the process.
char32_t stand_in(char32_t c);
// The character a stand-in holds the place of (nullopt for any other character).
std::optional<char32_t> stood_for(char32_t c);

// Text on its way into ImGui (drawn, or put in a text field) and back out of a text field.
std::string to_imgui(std::string_view utf8);
std::string from_imgui(std::string_view utf8);

// Puts stand-ins on the clipboard's way in and out of ImGui's text fields (after the platform
// backend has set its clipboard functions).
void wrap_clipboard(ImGuiIO& io);

}  // namespace mandalart::ui
