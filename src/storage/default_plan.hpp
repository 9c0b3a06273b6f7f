#pragma once
// Which plan a command means when it names none: the plan the editor last opened (its recent
// files, newest first, that still exist), else this year's plan in the data folder (next year's
// from December on, when only that one exists).
#include <string>
#include <vector>

#include "core/calendar.hpp"

namespace mandalart {

struct DefaultPlan {
    std::string path;                 // empty when there is none
    std::vector<std::string> looked;  // where it looked, for the message when there is none
};

DefaultPlan find_default_plan(const std::string& settings_path, const std::string& data_folder, const Date& today);

}  // namespace mandalart
