#pragma once
// The plan as JSON text (docs/FORMAT.md): stable key order, 2-space indent, trailing newline.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan.hpp"
#include "storage/file_damage.hpp"

namespace mandalart {

// The versions a saved file descends from, newest first: the name_hash of each earlier content of
// the file, so that copies changed apart on two machines find the version both came from (docs/
// FORMAT.md, "lineage"). A save records the content it replaces in front and keeps kLineageKept.
using Lineage = std::vector<std::uint64_t>;
inline constexpr std::size_t kLineageKept = 20;

std::string encode_plan(const Plan& plan, const Lineage& lineage = {});

struct DecodedPlan {
    Plan plan;
    Lineage lineage;
    bool read_only = false;  // written by a newer format version that this program can still read
    std::string error;       // one line, prefixed with `name`; empty on success
    Damage damage = Damage::None;  // what is wrong, when there is an error
};

// Never throws. `name` is used in messages (usually the file path).
DecodedPlan decode_plan(std::string_view text, const std::string& name);
// The lineage in a plan file's bytes; empty when there is none or the bytes are not a plan.
Lineage read_lineage(std::string_view bytes);

}  // namespace mandalart
