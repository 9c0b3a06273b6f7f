#pragma once
// What views hand back to the app: edits to the plan and commands for the app.
#include <vector>

#include "core/edit.hpp"
#include "ui/app_command.hpp"

namespace mandalart::ui {

struct UiOutput {
    std::vector<Edit> edits;
    std::vector<AppCommand> commands;

    void command(AppCommand command) { commands.push_back(std::move(command)); }
};

}  // namespace mandalart::ui
