// The file system on Windows: a new file created exclusively, written, FlushFileBuffers, then
// MoveFileExW(MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) over the plan. MoveFileExW
// rather than ReplaceFileW: it is one rename on the same volume, works whether or not the plan
// exists yet, and fails leaving both files as they were, where ReplaceFileW has half-done states
// (ERROR_UNABLE_TO_MOVE_REPLACEMENT) and carries over the old file's attributes and streams.
// A file held open by another program (an antivirus, the indexer, OneDrive) refuses to be
// replaced or removed for a moment: that is tried again, a bounded number of times, then reported.
#include "storage/file_system.hpp"

#include <windows.h>

#include <cerrno>
#include <random>
#include <unordered_map>
#include <mutex>

#include "core/wide_text.hpp"
#include "storage/windows/system_error.hpp"

namespace mandalart {
namespace {

// A sharing violation is retried for up to about 2 s (20 waits, 10 ms growing to 200 ms).
constexpr int kBusyRetries = 20;

bool busy(DWORD error) {
    return error == ERROR_SHARING_VIOLATION || error == ERROR_LOCK_VIOLATION || error == ERROR_ACCESS_DENIED;
}

template <typename Call>
int retrying(Call call) {
    DWORD error = 0;
    for (int attempt = 0; attempt <= kBusyRetries; ++attempt) {
        if (call()) return 0;
        error = ::GetLastError();
        if (!busy(error)) break;
        ::Sleep(static_cast<DWORD>(std::min(200, 10 * (attempt + 1))));
    }
    return errno_of(error);
}

class WindowsFileSystem final : public FileSystem {
public:
    int create_unique(std::string& pattern, int& fd) override {
        static const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        std::random_device seed;
        std::mt19937 random(seed());
        const std::size_t x = pattern.rfind("XXXXXX");
        if (x == std::string::npos) return EINVAL;
        for (int attempt = 0; attempt < 100; ++attempt) {
            for (std::size_t i = 0; i < 6; ++i) pattern[x + i] = letters[random() % 36];
            HANDLE h = ::CreateFileW(wide_text(pattern).c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                                     FILE_ATTRIBUTE_NORMAL, nullptr);
            if (h == INVALID_HANDLE_VALUE) {
                if (::GetLastError() == ERROR_FILE_EXISTS) continue;
                return last_errno();
            }
            fd = add(h);
            return 0;
        }
        return EEXIST;
    }
    int write_all(int fd, const char* data, std::size_t size) override {
        HANDLE h = handle(fd);
        while (size > 0) {
            DWORD wrote = 0;
            const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(size, 1u << 30));
            if (!::WriteFile(h, data, chunk, &wrote, nullptr)) return last_errno();
            data += wrote;
            size -= wrote;
        }
        return 0;
    }
    // Windows files take their permissions from the folder (its ACL); the POSIX mode has no part.
    int set_mode(int, mode_t) override { return 0; }
    int sync(int fd) override { return ::FlushFileBuffers(handle(fd)) ? 0 : last_errno(); }
    int close(int fd) override {
        HANDLE h = take(fd);
        return h != INVALID_HANDLE_VALUE && ::CloseHandle(h) ? 0 : EIO;
    }
    int rename(const std::string& from, const std::string& to) override {
        const std::wstring f = wide_text(from), t = wide_text(to);
        return retrying([&] { return ::MoveFileExW(f.c_str(), t.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0; });
    }
    // NTFS journals the rename itself, and MOVEFILE_WRITE_THROUGH returns only once it is on disk:
    // there is no folder to flush (a folder cannot be opened for FlushFileBuffers without backup rights).
    int sync_folder(const std::string&) override { return 0; }
    int remove(const std::string& path) override {
        const std::wstring p = wide_text(path);
        return retrying([&] { return ::DeleteFileW(p.c_str()) != 0; });
    }
    int make_folder(const std::string& path) override {
        return ::CreateDirectoryW(wide_text(path).c_str(), nullptr) ? 0 : last_errno();
    }
    int existing_mode(const std::string& path) override {
        const DWORD attributes = ::GetFileAttributesW(wide_text(path).c_str());
        if (attributes == INVALID_FILE_ATTRIBUTES) return -1;
        return (attributes & FILE_ATTRIBUTE_READONLY) != 0 ? 0444 : 0644;
    }

private:
    // The interface hands out small integers, as POSIX descriptors; here they name HANDLEs.
    int add(HANDLE h) {
        std::lock_guard lock(mutex_);
        const int fd = next_++;
        handles_[fd] = h;
        return fd;
    }
    HANDLE handle(int fd) {
        std::lock_guard lock(mutex_);
        const auto it = handles_.find(fd);
        return it == handles_.end() ? INVALID_HANDLE_VALUE : it->second;
    }
    HANDLE take(int fd) {
        std::lock_guard lock(mutex_);
        const auto it = handles_.find(fd);
        if (it == handles_.end()) return INVALID_HANDLE_VALUE;
        HANDLE h = it->second;
        handles_.erase(it);
        return h;
    }
    std::mutex mutex_;
    std::unordered_map<int, HANDLE> handles_;
    int next_ = 3;
};

}  // namespace

FileSystem& real_file_system() {
    static WindowsFileSystem fs;
    return fs;
}

bool regular_file_or_none(const std::string& path) {
    const DWORD attributes = ::GetFileAttributesW(wide_text(path).c_str());
    return attributes == INVALID_FILE_ATTRIBUTES || (attributes & (FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_DEVICE)) == 0;
}

std::string this_host() {
    wchar_t name[256] = {};
    DWORD size = 255;
    if (!::GetComputerNameExW(ComputerNameDnsHostname, name, &size)) return "unknown";
    return utf8_text(std::wstring_view(name, size));
}

int this_process_id() { return static_cast<int>(::GetCurrentProcessId()); }

}  // namespace mandalart
