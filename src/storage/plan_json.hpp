#pragma once
// The plan as JSON text (docs/FORMAT.md): stable key order, 2-space indent, trailing newline.
#include <string>
#include <string_view>

#include "core/plan.hpp"

namespace mandalart {

std::string encode_plan(const Plan& plan);

struct DecodedPlan {
    Plan plan;
    bool read_only = false;  // written by a newer format version that this program can still read
    std::string error;       // one line, prefixed with `name`; empty on success
};

// Never throws. `name` is used in messages (usually the file path).
DecodedPlan decode_plan(std::string_view text, const std::string& name);

}  // namespace mandalart
