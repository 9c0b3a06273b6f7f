#pragma once
// --year Y for commands that create a plan.
#include <optional>

#include "cli/command.hpp"

namespace mandalart::cli {

// --year's value (default `fallback`), or nullopt after printing why it is not a plan year.
std::optional<int> year_option(const Args& args, int fallback, Io& io);

}  // namespace mandalart::cli
