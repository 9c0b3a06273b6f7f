#pragma once
// Keys a newer program (or a person) put in the file that this program does not know.
// Kept verbatim as JSON text so that load → edit → save never drops them.
#include <string>
#include <utility>
#include <vector>

namespace mandalart {

struct UnknownFields {
    std::vector<std::pair<std::string, std::string>> entries;  // key → JSON text
    bool empty() const { return entries.empty(); }
    friend bool operator==(const UnknownFields&, const UnknownFields&) = default;
};

}  // namespace mandalart
