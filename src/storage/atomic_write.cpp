#include "storage/atomic_write.hpp"

#include <cstring>
#include <filesystem>

#include "core/path_text.hpp"

namespace mandalart {

std::string parent_folder(const std::string& path) { return folder_of(path); }

namespace {

std::string failure(const std::string& path, int error, SaveStep step) {
    return "cannot save " + path + ": " + std::strerror(error) + " (while " + save_step_name(step) + ")";
}

}  // namespace

std::string temp_prefix(const std::string& name) { return "." + name + ".tmp-"; }

int remove_stale_temps(FileSystem& fs, const std::string& folder, const std::string& name) {
    int removed = 0;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(file_path(folder), ec)) {
        const std::string entry_name = path_text(entry.path().filename());
        const bool ours = name.empty() ? entry_name.starts_with(".") && entry_name.find(".tmp-") != std::string::npos
                                       : entry_name.starts_with(temp_prefix(name));
        if (ours && entry.is_regular_file(ec) && fs.remove(path_text(entry.path())) == 0) ++removed;
    }
    return removed;
}

std::string atomic_write(FileSystem& fs, const std::string& path, std::string_view bytes, Durability durability, Privacy privacy) {
    const bool flush = durability == Durability::PowerLoss;
    // Renaming over a device, a folder or a pipe (-o /dev/null) would replace it with a file.
    if (!regular_file_or_none(path)) return "cannot save " + path + ": not a regular file";
    const std::string folder = parent_folder(path);
    std::string temp = folder + "/" + temp_prefix(file_name_of(path)) + "XXXXXX";
    int fd = -1;
    if (const int e = fs.create_unique(temp, fd)) return failure(path, e, SaveStep::Open);

    // From here on a failure must remove the temporary file.
    const auto abandon = [&](int error, SaveStep step, bool still_open) {
        if (still_open) fs.close(fd);
        fs.remove(temp);
        return failure(path, error, step);
    };
    const int old_mode = fs.existing_mode(path);
    const mode_t mode = old_mode >= 0 ? static_cast<mode_t>(old_mode) : privacy == Privacy::Private ? 0600 : 0644;
    if (const int e = fs.write_all(fd, bytes.data(), bytes.size())) return abandon(e, SaveStep::Write, true);
    if (const int e = fs.set_mode(fd, mode)) return abandon(e, SaveStep::Write, true);
    // A failed fsync is final: the data may be lost in the page cache, so never rename after it.
    if (const int e = flush ? fs.sync(fd) : 0) return abandon(e, SaveStep::Fsync, true);
    if (const int e = fs.close(fd)) return abandon(e, SaveStep::Close, false);
    if (const int e = fs.rename(temp, path)) return abandon(e, SaveStep::Rename, false);
    // The new content is in place; a failed folder flush means it might not survive a power cut.
    // Said so, so that no one repeats a change (`check --add`) that is already in the file.
    if (const int e = flush ? fs.sync_folder(folder) : 0)
        return failure(path, e, SaveStep::SyncFolder) + ": the new version is in place, but a power cut could still undo it";
    return {};
}

}  // namespace mandalart
