#include "storage/plan_file.hpp"
#include "core/path_text.hpp"

#include <filesystem>

#include "storage/atomic_write.hpp"
#include "storage/backups.hpp"
#include "storage/content_hash.hpp"
#include "storage/read_file.hpp"

namespace mandalart {

LoadedPlan load_plan_file(const std::string& path) {
    LoadedPlan result;
    FileBytes file = read_file(path);
    if (!file.error.empty()) {
        result.error = std::move(file.error);
        result.missing = file.missing;
        return result;
    }
    result.hash = content_hash(file.bytes);
    result.size = file.bytes.size();
    DecodedPlan decoded = decode_plan(file.bytes, path);
    result.error = std::move(decoded.error);
    result.damage = decoded.damage;
    if (result.error.empty()) {
        result.plan = std::move(decoded.plan);
        result.read_only = decoded.read_only;
    }
    return result;
}

namespace {

// Replaces the file whose content was `current` with `bytes`: the body of every save.
SaveResult write_over(const std::string& path, const FileBytes& current, std::string_view bytes, const SaveOptions& options) {
    SaveResult result;
    if (!current.error.empty() && !current.missing) {
        result.error = "cannot save " + path + ": the file there cannot be read to keep a copy (" + current.error + ")";
        return result;
    }
    const bool exists = !current.missing;
    if (exists && options.expected_hash && content_hash(current.bytes) != *options.expected_hash &&
        !options.overwrite_changes) {
        result.changed_on_disk = true;
        result.error = "cannot save " + path + ": another program changed it since it was opened; nothing was written";
        return result;
    }
    if (exists && current.bytes != bytes) {
        result.error = keep_backup(options.fs, path, current.bytes);
        if (!result.error.empty()) return result;
    }
    remove_stale_temps(options.fs, parent_folder(path), file_name_of(path));
    result.error = atomic_write(options.fs, path, bytes);
    // After a failed folder flush the file holds the new content: its hash, so that the next save
    // is not taken for another program's change.
    if (result.error.empty() || read_file(path).bytes == bytes) result.hash = content_hash(bytes);
    return result;
}

// `plan` as it replaces `current`: descended from it (its hash in front of its lineage), unless
// it is the same plan, which is written back as it was.
std::string encoded_over(const FileBytes& current, const Plan& plan) {
    if (!current.error.empty()) return encode_plan(plan);
    Lineage lineage = read_lineage(current.bytes);
    if (std::string same = encode_plan(plan, lineage); same == current.bytes) return same;
    lineage.insert(lineage.begin(), name_hash(current.bytes));
    if (lineage.size() > kLineageKept) lineage.resize(kLineageKept);
    return encode_plan(plan, lineage);
}

}  // namespace

SaveResult replace_plan_file(const std::string& path, std::string_view bytes, const SaveOptions& options) {
    return write_over(path, read_file(path), bytes, options);
}

std::string save_plan_file(const std::string& path, const Plan& plan, FileSystem& fs) {
    const SaveOptions options{fs};
    const FileBytes current = read_file(path);
    return write_over(path, current, encoded_over(current, plan), options).error;
}

SaveResult save_document(Document& document, const SaveOptions& options) {
    if (document.read_only())
        return {"cannot save " + document.path() + ": it is open read-only", false, 0};
    SaveOptions checked = options;
    if (!checked.expected_hash) checked.expected_hash = document.disk_hash();
    const FileBytes current = read_file(document.path());
    SaveResult result = write_over(document.path(), current, encoded_over(current, document.plan()), checked);
    if (result.error.empty()) document.mark_saved();
    if (result.hash != 0) document.set_disk_hash(result.hash);
    return result;
}

}  // namespace mandalart
