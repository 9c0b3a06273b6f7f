#include "ui/week_labels.hpp"

#include <cmath>
#include <cstdio>

#include "ui/strings.hpp"

namespace mandalart::ui {
namespace {

constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

std::string week_range_label(const IsoWeek& week, Language language) {
    const Date a = monday_of(week), b = sunday_of(week);
    char buffer[96];
    const char* format = tr(Str::WeekRangeFormat, language);
    if (language == Language::Korean) std::snprintf(buffer, sizeof buffer, format, a.month, a.day, b.month, b.day);
    else std::snprintf(buffer, sizeof buffer, format, kMonths[a.month - 1], a.day, kMonths[b.month - 1], b.day);
    return buffer;
}

std::string target_label(const Target& target, Language language) {
    Str format = Str::TargetWeekFormat;
    switch (target.kind) {
        case TargetKind::PerWeek: format = Str::TargetWeekFormat; break;
        case TargetKind::PerMonth: format = Str::TargetMonthFormat; break;
        case TargetKind::PerYear: format = Str::TargetYearFormat; break;
        case TargetKind::Once: return language == Language::Korean ? "한 번" : "once";
        case TargetKind::None: return "—";
    }
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, tr(format, language), target.times);
    return buffer;
}

}  // namespace mandalart::ui
