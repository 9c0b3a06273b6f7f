#pragma once
// How weeks, targets and dates read in the user's language: "3월 2일 – 3월 8일", "주 3회".
// Shared by the UI and the exports (Markdown retrospective).
#include <string>

#include "core/calendar.hpp"
#include "core/settings.hpp"
#include "core/target.hpp"

namespace mandalart {

// "3월 2일 – 3월 8일" / "Mar 2 – Mar 8" for an ISO week.
std::string week_range_label(const IsoWeek& week, Language language);
// "주 3회", "한 번", … / "3/week", "once", …
std::string target_label(const Target& target, Language language);
// "3주" / "1 week", "3 weeks".
std::string weeks_count(int weeks, Language language);
// "연속 3주 (최장 5주)" / "streak 1 week (longest 5)".
std::string streak_label(int streak, int longest, Language language);

// A new plan's title: "2026 만다라트" / "Mandalart 2026".
std::string default_title(int year, Language language);
// "일요일" / "Sunday" for 7 (ISO weekdays, 1 = Monday).
std::string weekday_name(int weekday, Language language);

}  // namespace mandalart
