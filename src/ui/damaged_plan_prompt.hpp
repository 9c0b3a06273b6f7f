#pragma once
// The question the editor asks when the plan it opens is there but does not read: what is wrong,
// in the user's words, the newest good version (unsaved changes kept in the journal, else the
// newest earlier version that reads) and the ways on: Enter restores it; another version, another
// plan, a blank plan (when nothing reads), or quit. The damaged file is kept either way.
#include <string>

#include "session/damaged_plan.hpp"
#include "ui/ui_output.hpp"
#include "ui/view_context.hpp"

namespace mandalart::ui {

// What the prompt says about `damaged`: its first line names the damage, the next the newest
// good version (or that none reads).
std::string damage_sentence(const DamagedPlan& damaged, Language language);
std::string newest_good_sentence(const DamagedPlan& damaged, Language language);

class DamagedPlanPrompt {
public:
    void ask() { open_ = true; }
    bool opening() const { return open_; }
    // While `damaged` is set: the modal; a choice becomes RestoreDamaged, ShowRestore, Open,
    // StartOver or Quit. Its buttons are marked for tests ("damaged-restore", "damaged-versions",
    // "damaged-open", "damaged-start-over", "damaged-quit").
    void draw(const ViewContext& ctx, const DamagedPlan* damaged, UiOutput& out);

private:
    bool open_ = false;
};

}  // namespace mandalart::ui
