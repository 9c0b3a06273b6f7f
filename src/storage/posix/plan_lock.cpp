// The plan's lock on Linux: flock(2) on the lock file, released by the kernel when the process dies.
#include "storage/plan_lock.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "storage/file_system.hpp"

namespace mandalart {
namespace {

std::string read_fd(int fd) {
    std::string text;
    char buffer[1024];
    for (off_t at = 0;;) {
        const ssize_t n = ::pread(fd, buffer, sizeof buffer, at);
        if (n <= 0 || text.size() > 64 * 1024) break;
        text.append(buffer, static_cast<std::size_t>(n));
        at += n;
    }
    return text;
}

// True when `fd` is still the file at `path` (a releasing holder may have just unlinked it).
bool still_linked(int fd, const std::string& path) {
    struct stat by_fd {}, by_path {};
    return ::fstat(fd, &by_fd) == 0 && ::stat(path.c_str(), &by_path) == 0 && by_fd.st_ino == by_path.st_ino &&
           by_fd.st_dev == by_path.st_dev;
}

}  // namespace

void PlanLock::release() {
    if (handle_ == -1) return;
    const int fd = static_cast<int>(handle_);
    if (still_linked(fd, lock_path_)) ::unlink(lock_path_.c_str());  // unlink before unlocking: see still_linked
    ::close(fd);
    handle_ = -1;
}

LockAttempt lock_plan(const std::string& plan_path, const std::string& program) {
    LockAttempt attempt;
    const std::string lock_path = lock_path_for(plan_path);
    for (int tries = 0; tries < 5; ++tries) {
        const int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0) {
            attempt.error = "cannot lock " + plan_path + ": " + std::strerror(errno) + " (creating " + lock_path + ")";
            return attempt;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            const std::string text = read_fd(fd);
            ::close(fd);
            if (error != EWOULDBLOCK) {
                attempt.error = "cannot lock " + plan_path + ": " + std::strerror(error);
                return attempt;
            }
            return held_elsewhere(plan_path, text);
        }
        if (!still_linked(fd, lock_path)) {  // its holder released it between our open and flock
            ::close(fd);
            continue;
        }
        // Free to flock: whoever the file names is gone, unless it is another machine sharing
        // the folder, whose processes we cannot see.
        if (auto refused = another_machines(plan_path, read_fd(fd))) {
            ::close(fd);
            return std::move(*refused);
        }
        // Who holds it is for others to read; on a full disk the flock alone still protects the plan.
        const std::string content = lock_owner_text(program);
        if (::ftruncate(fd, 0) == 0) {
            [[maybe_unused]] const ssize_t written = ::pwrite(fd, content.data(), content.size(), 0);
        }
        attempt.lock.handle_ = fd;
        attempt.lock.plan_path_ = plan_path;
        attempt.lock.lock_path_ = lock_path;
        return attempt;
    }
    attempt.error = "cannot lock " + plan_path + ": its lock file keeps changing";
    return attempt;
}

}  // namespace mandalart
