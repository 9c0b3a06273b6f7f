#pragma once
// Loading and saving plan files on disk.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/document.hpp"
#include "storage/file_system.hpp"
#include "storage/plan_json.hpp"

namespace mandalart {

struct LoadedPlan {
    Plan plan;
    bool read_only = false;
    bool missing = false;    // the file does not exist (error is set too)
    std::string error;       // one line; empty on success
    Damage damage = Damage::None;  // what is wrong with the file, when it is there and does not read
    std::uint64_t hash = 0;  // content_hash of the bytes read
    std::uint64_t size = 0;  // bytes read
};

// Reads and validates a plan file. Never writes anything.
LoadedPlan load_plan_file(const std::string& path);

struct SaveOptions {
    explicit SaveOptions(FileSystem& file_system) : fs(file_system) {}
    FileSystem& fs;  // every write goes through it (tests inject failing disks and record crashes)
    // The file's content hash when it was last read or written; a save refuses to replace a file
    // whose content has changed since. nullopt: no check (a file being created).
    std::optional<std::uint64_t> expected_hash;
    bool overwrite_changes = false;  // replace it even so (its content still goes to the backups)
};

struct SaveResult {
    std::string error;             // one line; empty on success
    bool changed_on_disk = false;  // refused because another program changed the file
    std::uint64_t hash = 0;        // the file's content hash once it holds the new content (0: it does not)
};

// Replaces a plan file with `bytes`, never losing what was there: refuses when the file changed
// since it was read, keeps the version it replaces in the backups, clears temporary files a
// killed save left behind, then writes atomically and durably. The caller holds the plan's lock.
SaveResult replace_plan_file(const std::string& path, std::string_view bytes, const SaveOptions& options);

// Writes a plan (a new file, or replacing one with its backup kept; the plan's lineage records the
// content it replaces). Returns empty or one line.
std::string save_plan_file(const std::string& path, const Plan& plan, FileSystem& fs);

// Saves a document to its path, checked against the content it was loaded from, and marks it
// saved on success; refuses read-only documents. Records the content it replaces in the lineage.
SaveResult save_document(Document& document, const SaveOptions& options);

}  // namespace mandalart
