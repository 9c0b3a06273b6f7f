#pragma once
// The editor's command line: mandalart [FILE] [--font PATH] [--theme light|dark] [--lang ko|en]
// [--screenshot OUT.png [--view grid|checkin|review|focus:N] [--size WxH]] [--compare LAST_YEAR_FILE].
#include <optional>
#include <string>
#include <vector>

#include "core/settings.hpp"

namespace mandalart::platform {

struct GuiOptions {
    std::string file;
    std::string font;
    std::string screenshot;  // non-empty: render once, write the PNG, exit
    int focus_sub_goal = 0;  // --view focus:N
    bool check_in = false;   // --view checkin
    bool review = false;     // --view review
    bool grid = false;       // --view grid
    std::optional<Theme> theme;        // --theme
    std::optional<Language> language;  // --lang
    std::string compare;     // --compare: last year's plan for the review
    int width = 0, height = 0;
    std::string error;       // a usage error
};

GuiOptions parse_gui_options(const std::vector<std::string>& args);

}  // namespace mandalart::platform
