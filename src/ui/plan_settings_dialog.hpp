#pragma once
// File → Plan Settings: the plan's title, its year (fixed once it holds check-ins) and the week
// it began. Apply hands back one SetPlanSettings edit, so a change is one undo step. Changing the
// year moves the start to the same place in the new year (core/plan.hpp: start_in_year, said when
// it had to be clamped) and a title naming the old year to the new one (said, and editable).
#include <string>

#include "core/plan.hpp"
#include "ui/ui_output.hpp"
#include "ui/view_context.hpp"

namespace mandalart::ui {

class PlanSettingsDialog {
public:
    // Fills the fields from the plan; the dialog opens on the next draw.
    void open(const Plan& plan);
    void draw(const ViewContext& ctx, UiOutput& out);
    bool opening() const { return open_request_; }
    bool visible() const { return visible_; }

private:
    void draw_start(const ViewContext& ctx, const Plan& plan);
    void year_changed(const ViewContext& ctx);

    std::string title_;
    std::string retitled_;  // the title as the last year change made it ("": not changed by one)
    bool clamped_ = false;  // the last year change had to move the start to the new year's last week
    int year_ = 2026;
    int start_ = 1;
    bool open_request_ = false;
    bool visible_ = false;
    bool focus_title_ = false;
};

}  // namespace mandalart::ui
