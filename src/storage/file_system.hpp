#pragma once
// The file-system calls a save makes, behind an interface so tests can make any step
// fail (ENOSPC, EIO, EACCES, EROFS) or stop as if the process had been killed there.
// Every function returns 0 or an errno value.
#include <cstddef>
#include <string>
#include <sys/types.h>

namespace mandalart {

enum class SaveStep { Open, Write, Fsync, Close, Rename, SyncFolder };
const char* save_step_name(SaveStep step);

class FileSystem {
public:
    virtual ~FileSystem() = default;
    // Creates a new file with a unique name from `pattern` (ending in XXXXXX) and returns its fd.
    virtual int create_unique(std::string& pattern, int& fd) = 0;
    virtual int write_all(int fd, const char* data, std::size_t size) = 0;
    virtual int set_mode(int fd, mode_t mode) = 0;
    virtual int sync(int fd) = 0;
    virtual int close(int fd) = 0;
    virtual int rename(const std::string& from, const std::string& to) = 0;
    virtual int sync_folder(const std::string& folder) = 0;
    virtual int remove(const std::string& path) = 0;
    // Creates one folder, the user's own (0700); EEXIST when something is already there.
    virtual int make_folder(const std::string& path) = 0;
    // The permission bits of an existing file, or -1 when it does not exist.
    virtual int existing_mode(const std::string& path) = 0;
};

// The real thing: POSIX (storage/posix) or Win32 (storage/windows), whichever the build is for.
FileSystem& real_file_system();

// False when something other than a regular file is at `path` (a folder, a device, a pipe).
bool regular_file_or_none(const std::string& path);
// This machine's name and this process's id, as a lock file names its holder.
std::string this_host();
int this_process_id();

}  // namespace mandalart
