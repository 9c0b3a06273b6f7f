#pragma once
// The conflicts a merge left in the plan (core/conflict.hpp), each with mine and theirs side by
// side and "keep mine / take theirs". A small window beside the views, not a modal: the user can
// look at the chart while choosing. Each choice is handed back as an undoable edit.
#include <string>

#include "core/plan.hpp"
#include "ui/ui_output.hpp"
#include "ui/view_context.hpp"

namespace mandalart::ui {

// Where a conflict is, in the UI's words: "실천 3.5 메모", "Sub-goal 2 colour", "2026-W12 weekly note".
std::string conflict_place_label(const Plan& plan, const Conflict& conflict, Language language);

class ConflictPanel {
public:
    void open() { open_ = appearing_ = true; }
    bool visible() const { return open_; }
    // Buttons are marked for tests as "conflict-keep-N" and "conflict-take-N" (N from 0).
    void draw(const ViewContext& ctx, UiOutput& out);

private:
    bool open_ = false;
    bool appearing_ = false;
};

}  // namespace mandalart::ui
