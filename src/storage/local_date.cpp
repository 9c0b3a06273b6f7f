#include "storage/local_date.hpp"

#include <cstdlib>
#include <ctime>

namespace mandalart {

Date local_today() {
    if (const char* fixed = std::getenv("MANDALART_TODAY"))
        if (const auto date = parse_date(fixed)) return *date;
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::string time_text(std::time_t seconds, const char* format, Zone zone) {
    std::tm parts{};
    if (zone == Zone::Utc) gmtime_r(&seconds, &parts);
    else localtime_r(&seconds, &parts);
    char text[64];
    std::strftime(text, sizeof text, format, &parts);
    return text;
}

}  // namespace mandalart
