#pragma once
// Loading and saving plan files on disk.
#include <string>

#include "core/document.hpp"
#include "storage/file_system.hpp"
#include "storage/plan_json.hpp"

namespace mandalart {

struct LoadedPlan {
    Plan plan;
    bool read_only = false;
    bool missing = false;  // the file does not exist (error is set too)
    std::string error;     // one line; empty on success
};

// Reads and validates a plan file. Never writes anything.
LoadedPlan load_plan_file(const std::string& path);

// Writes the plan atomically and durably. Returns empty on success or one line.
std::string save_plan_file(const std::string& path, const Plan& plan, FileSystem& fs = real_file_system());

// Saves a document to its path and marks it saved on success; refuses read-only documents.
std::string save_document(Document& document, FileSystem& fs = real_file_system());

}  // namespace mandalart
