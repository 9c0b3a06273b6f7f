#include "core/labels.hpp"

#include <cstdio>

namespace mandalart {
namespace {

constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

std::string week_range_label(const IsoWeek& week, Language language) {
    const Date a = monday_of(week), b = sunday_of(week);
    char buffer[96];
    if (language == Language::Korean) std::snprintf(buffer, sizeof buffer, "%d월 %d일 – %d월 %d일", a.month, a.day, b.month, b.day);
    else std::snprintf(buffer, sizeof buffer, "%s %d – %s %d", kMonths[a.month - 1], a.day, kMonths[b.month - 1], b.day);
    return buffer;
}

std::string target_label(const Target& target, Language language) {
    const bool ko = language == Language::Korean;
    const char* format = "%d";
    switch (target.kind) {
        case TargetKind::PerWeek: format = ko ? "주 %d회" : "%d/week"; break;
        case TargetKind::PerMonth: format = ko ? "월 %d회" : "%d/month"; break;
        case TargetKind::PerYear: format = ko ? "연 %d회" : "%d/year"; break;
        case TargetKind::Once: return ko ? "한 번" : "once";
        case TargetKind::None: return "—";
    }
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, format, target.times);
    return buffer;
}

std::string default_title(int year, Language language) {
    return language == Language::Korean ? std::to_string(year) + " 만다라트" : "Mandalart " + std::to_string(year);
}

std::string weeks_count(int weeks, Language language) {
    if (language == Language::Korean) return std::to_string(weeks) + "주";
    return std::to_string(weeks) + (weeks == 1 ? " week" : " weeks");
}

std::string streak_label(int streak, int longest, Language language) {
    if (language == Language::Korean) return "연속 " + weeks_count(streak, language) + " (최장 " + weeks_count(longest, language) + ")";
    return "streak " + weeks_count(streak, language) + " (longest " + std::to_string(longest) + ")";
}

std::string weekday_name(int weekday, Language language) {
    static const char* const korean[] = {"월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"};
    static const char* const english[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    const int i = (weekday >= 1 && weekday <= 7 ? weekday : 7) - 1;
    return language == Language::Korean ? korean[i] : english[i];
}

}  // namespace mandalart
