// The plan's lock on Windows: the lock file opened so that any program may read who holds it (its
// handle asks only to read and write, which a plain fopen elsewhere shares), and
// held with LockFileEx on a byte range past its text, which Windows releases when the process
// ends, however it ends: a lock file that locks is therefore stale (unless another machine's, in
// a shared folder: that is left to its owner, as on Linux) and is taken over.
#include "storage/plan_lock.hpp"

#include <windows.h>

#include <cstring>

#include "core/wide_text.hpp"
#include "storage/file_system.hpp"
#include "storage/windows/system_error.hpp"

namespace mandalart {
namespace {

std::string read_handle(HANDLE h) {
    std::string text;
    char buffer[1024];
    ::SetFilePointer(h, 0, nullptr, FILE_BEGIN);
    for (DWORD got = 0; ::ReadFile(h, buffer, sizeof buffer, &got, nullptr) && got > 0 && text.size() <= 64 * 1024;)
        text.append(buffer, got);
    return text;
}

// Far past the text, so that readers are never kept from the bytes they read.
constexpr DWORD kLockOffsetHigh = 1;

bool lock_range(HANDLE h) {
    OVERLAPPED at{};
    at.OffsetHigh = kLockOffsetHigh;
    return ::LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &at) != 0;
}

// Whether the file behind `h` is being deleted (its holder released it between our open and lock).
bool delete_pending(HANDLE h) {
    FILE_STANDARD_INFO info{};
    return ::GetFileInformationByHandleEx(h, FileStandardInfo, &info, sizeof info) && info.DeletePending;
}

}  // namespace

void PlanLock::release() {
    if (handle_ == -1) return;
    HANDLE h = reinterpret_cast<HANDLE>(handle_);
    ::DeleteFileW(wide_text(lock_path_).c_str());  // while still locked: it goes when closed (see delete_pending)
    ::CloseHandle(h);
    handle_ = -1;
}

LockAttempt lock_plan(const std::string& plan_path, const std::string& program) {
    LockAttempt attempt;
    const std::string lock_path = lock_path_for(plan_path);
    const std::wstring wide = wide_text(lock_path);
    for (int tries = 0; tries < 5; ++tries) {
        HANDLE h = ::CreateFileW(wide.c_str(), GENERIC_READ | GENERIC_WRITE,
                                 FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_ALWAYS,
                                 FILE_ATTRIBUTE_HIDDEN, nullptr);
        if (h == INVALID_HANDLE_VALUE) {
            const DWORD error = ::GetLastError();
            if (error == ERROR_ACCESS_DENIED && tries < 4) {  // being deleted by its releasing holder
                ::Sleep(20);
                continue;
            }
            attempt.error = "cannot lock " + plan_path + ": " + std::strerror(errno_of(error)) + " (creating " + lock_path + ")";
            return attempt;
        }
        if (!lock_range(h)) {
            const DWORD error = ::GetLastError();
            const std::string text = read_handle(h);
            ::CloseHandle(h);
            if (error != ERROR_LOCK_VIOLATION && error != ERROR_IO_PENDING) {
                attempt.error = "cannot lock " + plan_path + ": " + std::strerror(errno_of(error));
                return attempt;
            }
            return held_elsewhere(plan_path, text);
        }
        if (delete_pending(h)) {
            ::CloseHandle(h);
            continue;
        }
        // Free to lock: whoever the file names is gone, unless it is another machine sharing the
        // folder, whose processes we cannot see.
        if (auto refused = another_machines(plan_path, read_handle(h))) {
            ::CloseHandle(h);
            return std::move(*refused);
        }
        const std::string content = lock_owner_text(program);
        DWORD wrote = 0;
        ::SetFilePointer(h, 0, nullptr, FILE_BEGIN);
        if (::SetEndOfFile(h)) ::WriteFile(h, content.data(), static_cast<DWORD>(content.size()), &wrote, nullptr);
        attempt.lock.handle_ = reinterpret_cast<std::intptr_t>(h);
        attempt.lock.plan_path_ = plan_path;
        attempt.lock.lock_path_ = lock_path;
        return attempt;
    }
    attempt.error = "cannot lock " + plan_path + ": its lock file keeps changing";
    return attempt;
}

}  // namespace mandalart
