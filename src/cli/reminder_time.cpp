#include "cli/reminder_time.hpp"

#include <cstdio>

namespace mandalart::cli {

std::optional<std::pair<int, int>> parse_clock(const std::string& text) {
    int hour = -1, minute = -1;
    char extra = 0;
    if (text.size() != 5 || std::sscanf(text.c_str(), "%2d:%2d%c", &hour, &minute, &extra) != 2) return std::nullopt;
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return std::nullopt;
    return std::pair{hour, minute};
}

int weekday_number(const std::string& day) {
    static const char* const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (int i = 0; i < 7; ++i)
        if (day == names[i]) return i + 1;
    return 7;
}

}  // namespace mandalart::cli
