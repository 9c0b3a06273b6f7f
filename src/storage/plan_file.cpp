#include "storage/plan_file.hpp"

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
    DecodedPlan decoded = decode_plan(file.bytes, path);
    result.error = std::move(decoded.error);
    if (result.error.empty()) {
        result.plan = std::move(decoded.plan);
        result.read_only = decoded.read_only;
    }
    return result;
}

SaveResult replace_plan_file(const std::string& path, std::string_view bytes, const SaveOptions& options) {
    SaveResult result;
    const FileBytes current = read_file(path);
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
        result.error = keep_backup(*options.fs, path, current.bytes);
        if (!result.error.empty()) return result;
    }
    remove_stale_temps(*options.fs, parent_folder(path), std::filesystem::path(path).filename().string());
    result.error = atomic_write(*options.fs, path, bytes);
    if (result.error.empty()) result.hash = content_hash(bytes);
    return result;
}

std::string save_plan_file(const std::string& path, const Plan& plan, FileSystem& fs) {
    SaveOptions options;
    options.fs = &fs;
    return replace_plan_file(path, encode_plan(plan), options).error;
}

SaveResult save_document(Document& document, const SaveOptions& options) {
    if (document.read_only())
        return {"cannot save " + document.path() + ": it is open read-only", false, 0};
    SaveOptions checked = options;
    if (!checked.expected_hash) checked.expected_hash = document.disk_hash();
    SaveResult result = replace_plan_file(document.path(), encode_plan(document.plan()), checked);
    if (result.error.empty()) {
        document.mark_saved();
        document.set_disk_hash(result.hash);
    }
    return result;
}

}  // namespace mandalart
