#pragma once
// Edits as JSON, for the channel that carries a command line's change to the editor that has
// the plan open (storage/plan_channel.hpp). Only the edits a command makes are carried: texts,
// targets, starts, check-ins, notes, reflections and resolving conflicts.
#include <optional>
#include <string>
#include <vector>

#include "core/edit.hpp"

namespace mandalart {

// A JSON array; nullopt when an edit is not one the channel carries.
std::optional<std::string> encode_edits(const std::vector<Edit>& edits);
// The edits back; nullopt (with `error`) for anything malformed.
std::optional<std::vector<Edit>> decode_edits(const std::string& text, std::string& error);

}  // namespace mandalart
