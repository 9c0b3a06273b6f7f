#pragma once
// When a weekly reminder comes: --day mon..sun and --time HH:MM, as `export --format ics` and
// `remind --install` take them.
#include <optional>
#include <string>
#include <utility>

namespace mandalart::cli {

// "21:00" → {21, 0}; nullopt for anything else.
std::optional<std::pair<int, int>> parse_clock(const std::string& text);
// "mon" → 1 … "sun" → 7 (ISO); 7 for anything else.
int weekday_number(const std::string& day);

}  // namespace mandalart::cli
