#pragma once
// The main menu bar: File, Edit, View, Settings, Help. Hands back commands only.
#include "core/settings.hpp"
#include "ui/ui_output.hpp"
#include "ui/view_context.hpp"

namespace mandalart::ui {

struct MenuState {
    const Settings& settings;
    bool focus_view;
    int focus_sub_goal;
    int selected_sub_goal;  // the sub-goal under the chart's selection (0: core)
    View tab;               // the tab shown
};

// True when it closed an open menu on Esc (the key is spent: the views do not see it this frame).
bool draw_menu_bar(const ViewContext& ctx, const MenuState& state, UiOutput& out);

}  // namespace mandalart::ui
