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

}  // namespace mandalart
