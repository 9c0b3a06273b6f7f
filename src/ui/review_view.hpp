#pragma once
// The year-end review (회고): the year in numbers, a bar per sub-goal and per action (best and
// worst marked), the weekly trend, a heatmap of weeks × the tracked actions, streaks, the week notes
// and the reflections (stored in the plan). Numbers come from core/stats and core/review, the
// same functions as `mandalart report` and the Markdown retrospective; for a year in progress,
// as of today. Last year's numbers are set beside when its plan is known.
#include <array>
#include <vector>

#include "core/review.hpp"
#include "ui/note_field.hpp"
#include "ui/ui_output.hpp"
#include "ui/view_context.hpp"

namespace mandalart::ui {

class ReviewView {
public:
    // R (with the keyboard and no text field active) starts writing the year's reflection.
    void draw(const ViewContext& ctx, const Comparison& previous, bool keyboard, UiOutput& out);
    void reset();
    // Whether a reflection (0 the year, 1..8 the sub-goals) is being typed in.
    bool editing() const;
    // The badge on sub-goal n's bar and on action N.M's bar (as of the last draw).
    Badge goal_badge(int n) const { return goal_badges_[static_cast<std::size_t>(n - 1)]; }
    Badge action_badge(int n, int m) const { return action_badges_[static_cast<std::size_t>((n - 1) * kActionsPerGoal + m - 1)]; }
    // The plan's year had not begun at the last draw: the page said what it will show instead.
    bool waiting_for_the_year() const { return waiting_; }

private:
    // The action's text as drawn, or its address when it has none.
    static std::string action_label(const Plan& plan, int n, int m);
    void refresh(const ViewContext& ctx);
    void mark_badges(const ViewContext& ctx);
    void draw_header(const ViewContext& ctx, const Comparison& previous, UiOutput& out);
    void draw_numbers(const ViewContext& ctx, const Comparison& previous);
    void draw_goal_bars(const ViewContext& ctx, const Comparison& previous, float width);
    // review_charts.cpp
    void draw_trend(const ViewContext& ctx, float width);
    void draw_heatmap(const ViewContext& ctx);
    void draw_action_bars(const ViewContext& ctx, const Comparison& previous);
    void draw_notes(const ViewContext& ctx);
    void draw_reflections(const ViewContext& ctx, const Comparison& previous, UiOutput& out);

    // Derived from the numbers once each time they change (ViewContext::stats_version), not per frame.
    std::uint64_t stats_version_ = ~0ull;
    std::vector<RankedAction> ranked_;
    std::vector<int> goals_ranked_;
    std::vector<TrendPoint> trend_;
    YearNumbers numbers_;
    std::vector<WeekNote> notes_;
    std::vector<CellAddress> heat_rows_;
    std::array<Badge, kSubGoals> goal_badges_{};
    std::array<Badge, kSubGoals * kActionsPerGoal> action_badges_{};
    bool waiting_ = false;
    std::array<NoteField, kSubGoals + 1> reflections_;
};

}  // namespace mandalart::ui
