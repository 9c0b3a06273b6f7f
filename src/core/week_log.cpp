#include "core/week_log.hpp"

namespace mandalart {

int max_weekly_count(const Target& target) {
    switch (target.kind) {
        case TargetKind::PerWeek: return 7;
        case TargetKind::PerMonth:
        case TargetKind::PerYear: return kMaxWeeklyCount;
        case TargetKind::Once: return 1;
        case TargetKind::None: return 0;
    }
    return 0;
}

}  // namespace mandalart
