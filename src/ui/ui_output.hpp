#pragma once
// What views hand back to the app: edits to the plan and commands for the app.
#include <algorithm>
#include <vector>

#include "core/edit.hpp"
#include "ui/app_command.hpp"

namespace mandalart::ui {

struct UiOutput {
    std::vector<Edit> edits;
    std::vector<AppCommand> commands;
    std::vector<std::size_t> amending;  // edits (by index) that continue the last one: one undo step with it

    void command(AppCommand command) { commands.push_back(std::move(command)); }
    // A note typed on after it was committed at a pause: the same edit as the commit before.
    void amend(Edit edit) {
        amending.push_back(edits.size());
        edits.push_back(std::move(edit));
    }
    bool amends(std::size_t index) const { return std::find(amending.begin(), amending.end(), index) != amending.end(); }
};

}  // namespace mandalart::ui
