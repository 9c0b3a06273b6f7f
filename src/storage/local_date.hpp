#pragma once
// Today's date in local time: the one place the program reads the calendar clock; and moments
// written as text (backup and journal times, the lock's "since", a calendar's DTSTAMP).
// MANDALART_TODAY=YYYY-MM-DD overrides it (for tests, screenshots and benchmarks).
#include <ctime>
#include <string>

#include "core/calendar.hpp"

namespace mandalart {

Date local_today();

// A moment (seconds since the epoch) written with strftime's `format`, in local time or in UTC.
enum class Zone { Local, Utc };
std::string time_text(std::time_t seconds, const char* format, Zone zone = Zone::Local);

}  // namespace mandalart
