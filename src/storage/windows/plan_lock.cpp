// The plan's lock on Windows: the lock file opened with a share mode that lets others read who
// holds it but not open it to write, and FILE_FLAG_DELETE_ON_CLOSE, so that Windows closes and
// removes it when the process ends, however it ends. A lock file that opens is therefore stale
// (unless another machine's, in a shared folder: that is left to its owner, as on Linux).
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

// Who the lock file names, read while its holder has it open.
std::string read_holder(const std::wstring& path) {
    HANDLE h = ::CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                             OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) return {};
    std::string text = read_handle(h);
    ::CloseHandle(h);
    return text;
}

}  // namespace

void PlanLock::release() {
    if (handle_ == -1) return;
    ::CloseHandle(reinterpret_cast<HANDLE>(handle_));  // FILE_FLAG_DELETE_ON_CLOSE removes it
    handle_ = -1;
}

LockAttempt lock_plan(const std::string& plan_path, const std::string& program) {
    LockAttempt attempt;
    const std::string lock_path = lock_path_for(plan_path);
    const std::wstring wide = wide_text(lock_path);
    for (int tries = 0; tries < 5; ++tries) {
        // A lock file another machine left in a shared folder is not ours to take (nor, as opening
        // it with DELETE_ON_CLOSE would, to remove), whether or not its holder is still there.
        const std::string previous = read_holder(wide);
        const LockOwner owner = parse_lock_owner(previous);
        if (!previous.empty() && owner.host != "unknown" && owner.host != this_host()) {
            attempt.held_by = owner;
            attempt.error = plan_path + " is open in " + owner.describe() + "; if it is not, remove " + lock_path;
            return attempt;
        }
        HANDLE h = ::CreateFileW(wide.c_str(), GENERIC_READ | GENERIC_WRITE | DELETE, FILE_SHARE_READ | FILE_SHARE_DELETE,
                                 nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_HIDDEN | FILE_FLAG_DELETE_ON_CLOSE, nullptr);
        if (h == INVALID_HANDLE_VALUE) {
            const DWORD error = ::GetLastError();
            if (error == ERROR_SHARING_VIOLATION) {
                const std::string text = read_holder(wide);
                if (text.empty() && tries < 4) {  // its holder is just writing or closing it
                    ::Sleep(20);
                    continue;
                }
                attempt.held_by = parse_lock_owner(text);
                attempt.error = plan_path + " is open in " + attempt.held_by->describe();
                return attempt;
            }
            attempt.error = "cannot lock " + plan_path + ": " + std::strerror(errno_of(error)) + " (creating " + lock_path + ")";
            return attempt;
        }
        const std::string content = lock_owner_text(program);
        DWORD wrote = 0;
        ::SetFilePointer(h, 0, nullptr, FILE_BEGIN);
        if (::SetEndOfFile(h)) ::WriteFile(h, content.data(), static_cast<DWORD>(content.size()), &wrote, nullptr);
        ::FlushFileBuffers(h);
        attempt.lock.handle_ = reinterpret_cast<std::intptr_t>(h);
        attempt.lock.plan_path_ = plan_path;
        attempt.lock.lock_path_ = lock_path;
        return attempt;
    }
    attempt.error = "cannot lock " + plan_path + ": its lock file keeps changing";
    return attempt;
}

}  // namespace mandalart
