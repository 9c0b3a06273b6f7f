#pragma once
// Today's date in local time: the one place the program reads the calendar clock.
// MANDALART_TODAY=YYYY-MM-DD overrides it (for tests, screenshots and benchmarks).
#include "core/calendar.hpp"

namespace mandalart {

Date local_today();

}  // namespace mandalart
