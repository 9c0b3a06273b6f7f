#pragma once
// The question a first start asks (no plan yet): which year to plan, this one or the next (the
// next from 1 December, when people plan the coming year), and whether to start from an empty
// chart or from the example to look around first. Enter takes what is chosen, the defaults at first.
#include "session/plan_session.hpp"
#include "ui/ui_output.hpp"
#include "ui/view_context.hpp"

namespace mandalart::ui {

class FirstRunPanel {
public:
    void ask(const FirstRun& first) {
        open_ = true;
        year_ = first.default_year;
        example_ = false;
    }
    bool opening() const { return open_; }
    // While `first` is set: the modal; ←/→ choose the year, ↑/↓ empty or the example, Enter (or
    // the start button, "first-run-start") hands back StartFirstPlan. "first-run-open" opens
    // another plan instead.
    void draw(const ViewContext& ctx, const FirstRun* first, UiOutput& out);

private:
    bool open_ = false;
    int year_ = 0;
    bool example_ = false;
};

}  // namespace mandalart::ui
