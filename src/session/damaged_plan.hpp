#pragma once
// A plan file that is there but does not read (zero bytes after a power cut, cut short, saved as
// UTF-16, …): what the editor shows instead of exiting, and what can bring the plan back.
#include <cstdint>
#include <optional>
#include <string>

#include "storage/file_damage.hpp"
#include "storage/journal.hpp"
#include "storage/restore.hpp"

namespace mandalart {

struct DamagedPlan {
    std::string path;
    std::string error;            // the loader's line (English, with the place)
    Damage damage = Damage::None;
    std::uint64_t size = 0;       // bytes in the file
    std::uint64_t hash = 0;       // of the damaged bytes: a restore replaces exactly them
    GoodVersion good;             // the newest earlier version that reads
    std::optional<Journal> journal;  // unsaved changes kept by a session that ended without saving: newer than any version
    // What Enter brings back: the journal (0), a version (1, 2, …), or nothing (-1).
    int best() const { return journal ? 0 : good.number > 0 ? static_cast<int>(good.number) : -1; }
};

}  // namespace mandalart
