#pragma once
// A command's change to a plan the editor has open: sent over the plan's channel
// (storage/plan_channel.hpp) and made by the editor, as one undoable step, saved at once.
#include <functional>
#include <optional>
#include <string>

#include "cli/plan_io.hpp"

namespace mandalart::cli {

// The exit code when an editor has `path` open and answered (after `done` reported what it did,
// or the refusal was printed); nullopt when no editor listens for it.
std::optional<int> edit_through_editor(const std::string& path, const EditMaker& make, Io& io,
                                       const std::function<void(const Plan&)>& done);

}  // namespace mandalart::cli
