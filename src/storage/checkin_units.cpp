#include "storage/checkin_units.hpp"

#include <cstdio>
#include <cstdlib>

namespace mandalart {
namespace {

// A word of ExecStart= in double quotes: \ and " escaped, % doubled (systemd's specifiers).
std::string quoted(const std::string& word) {
    std::string out = "\"";
    for (const char c : word) {
        if (c == '\\' || c == '"') out += '\\';
        if (c == '%') out += '%';
        out += c;
    }
    return out + "\"";
}

}  // namespace

std::string systemd_user_folder() {
    const char* config = std::getenv("XDG_CONFIG_HOME");
    if (config != nullptr && config[0] == '/') return std::string(config) + "/systemd/user";
    const char* home = std::getenv("HOME");
    return std::string(home != nullptr ? home : ".") + "/.config/systemd/user";
}

std::string checkin_timer_unit(int weekday, int hour, int minute) {
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    char when[64];
    std::snprintf(when, sizeof when, "%s *-*-* %02d:%02d:00", days[(weekday >= 1 && weekday <= 7 ? weekday : 7) - 1], hour, minute);
    return std::string("[Unit]\nDescription=Mandalart weekly check-in reminder\n\n"
                       "[Timer]\nOnCalendar=") +
           when + "\nPersistent=true\nUnit=" + kCheckinService + "\n\n[Install]\nWantedBy=timers.target\n";
}

std::string checkin_service_unit(const std::string& program, const std::string& plan) {
    return "[Unit]\nDescription=Mandalart weekly check-in reminder\n\n"
           "[Service]\nType=oneshot\nExecStart=" +
           quoted(program) + " remind " + quoted(plan) + "\n";
}

}  // namespace mandalart
