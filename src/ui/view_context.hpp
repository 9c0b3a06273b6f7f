#pragma once
// What every view reads: the document (never changed by a view), the year's numbers as of
// today (computed once per change, not per frame) and presentation settings.
#include <cstdint>

#include "core/calendar.hpp"
#include "core/document.hpp"
#include "core/settings.hpp"
#include "core/stats.hpp"
#include "ui/fonts.hpp"

namespace mandalart::ui {

struct ViewContext {
    const Document& document;
    Language language;
    Theme theme;
    const Fonts& fonts;
    float scale;  // content scale × zoom
    Date today;
    const PlanStats& stats;  // as of today
    bool show_progress;      // progress drawn on the chart
    std::uint64_t stats_version = 0;  // changes when `stats` is computed again (what views derive keys on it)
    bool last_reflections = true;     // the review sets last year's reflections beside this year's
    bool show_targets = false;        // each action's target in a corner of its cell (View menu)
};

}  // namespace mandalart::ui
