#pragma once
// The weekly check-in reminder as a systemd user timer and service (mandalart-checkin.timer and
// mandalart-checkin.service in $XDG_CONFIG_HOME/systemd/user): the timer fires on a weekday at a
// time (Persistent=true: a reminder missed while the machine was off comes at the next start), the
// service runs `mandalart remind PLAN`.
#include <string>

namespace mandalart {

inline constexpr const char* kCheckinTimer = "mandalart-checkin.timer";
inline constexpr const char* kCheckinService = "mandalart-checkin.service";

// $XDG_CONFIG_HOME/systemd/user (default ~/.config/systemd/user).
std::string systemd_user_folder();

// `weekday`: 1 (Monday) … 7 (Sunday).
std::string checkin_timer_unit(int weekday, int hour, int minute);
// `program` and `plan`: absolute paths, quoted for systemd (spaces, quotes, backslashes, %).
std::string checkin_service_unit(const std::string& program, const std::string& plan);

}  // namespace mandalart
