#pragma once
// File → Next Year's Plan, when next year's plan is not made yet: what to carry into it (the
// unfinished actions, every action, or only the core goal) and whether the sub-goals keep their
// colours. Enter takes what is chosen ("carry unfinished" at first). A finished milestone is never
// carried as one to do again (core/next_year.hpp).
#include "core/next_year.hpp"
#include "ui/ui_output.hpp"
#include "ui/view_context.hpp"

namespace mandalart::ui {

class NextYearDialog {
public:
    // `reflections_beside`: the setting as it is.
    void open(bool reflections_beside) {
        open_ = true;
        carry_ = Carry::Unfinished;
        keep_colours_ = true;
        reflections_beside_ = reflections_beside;
    }
    bool opening() const { return open_; }
    // ↑/↓ choose what to carry; Enter or the button ("next-year-start") hands back StartNextYear.
    void draw(const ViewContext& ctx, UiOutput& out);

private:
    bool open_ = false;
    Carry carry_ = Carry::Unfinished;
    bool keep_colours_ = true;
    bool reflections_beside_ = true;
};

}  // namespace mandalart::ui
