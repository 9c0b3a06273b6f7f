#include "storage/plan_lock.hpp"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "storage/local_date.hpp"

#include <nlohmann/json.hpp>

namespace mandalart {
namespace {

std::string this_host() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0) return "unknown";
    return name;
}

std::string local_minute() { return time_text(std::time(nullptr), "%Y-%m-%d %H:%M"); }

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

// The owner a lock file names; an unreadable or foreign file names "unknown".
LockOwner parse_owner(const std::string& text) {
    LockOwner owner{0, "unknown", "unknown", "unknown"};
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object()) return owner;
    if (j.contains("pid") && j["pid"].is_number_integer()) owner.pid = j["pid"].get<int>();
    for (auto [key, field] : {std::pair{"host", &owner.host}, {"program", &owner.program}, {"since", &owner.since}})
        if (j.contains(key) && j[key].is_string()) *field = j[key].get<std::string>();
    return owner;
}

std::string owner_json(const std::string& program) {
    return nlohmann::json{{"program", program}, {"pid", static_cast<int>(::getpid())}, {"host", this_host()},
                          {"since", local_minute()}}
               .dump() +
           "\n";
}

// True when `fd` is still the file at `path` (a releasing holder may have just unlinked it).
bool still_linked(int fd, const std::string& path) {
    struct stat by_fd {}, by_path {};
    return ::fstat(fd, &by_fd) == 0 && ::stat(path.c_str(), &by_path) == 0 && by_fd.st_ino == by_path.st_ino &&
           by_fd.st_dev == by_path.st_dev;
}

}  // namespace

std::string LockOwner::describe() const {
    return program + " (pid " + std::to_string(pid) + " on " + host + ", since " + since + ")";
}

PlanLock::PlanLock(PlanLock&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), plan_path_(std::move(other.plan_path_)), lock_path_(std::move(other.lock_path_)) {}

PlanLock& PlanLock::operator=(PlanLock&& other) noexcept {
    if (this != &other) {
        release();
        fd_ = std::exchange(other.fd_, -1);
        plan_path_ = std::move(other.plan_path_);
        lock_path_ = std::move(other.lock_path_);
    }
    return *this;
}

void PlanLock::release() {
    if (fd_ < 0) return;
    if (still_linked(fd_, lock_path_)) ::unlink(lock_path_.c_str());  // unlink before unlocking: see still_linked
    ::close(fd_);
    fd_ = -1;
}

std::string lock_path_for(const std::string& plan_path) {
    const std::filesystem::path path(plan_path);
    const std::string folder = path.parent_path().string();
    return (folder.empty() ? std::string(".") : folder) + "/." + path.filename().string() + ".lock";
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
            const LockOwner owner = parse_owner(read_fd(fd));
            ::close(fd);
            if (error != EWOULDBLOCK) {
                attempt.error = "cannot lock " + plan_path + ": " + std::strerror(error);
                return attempt;
            }
            attempt.held_by = owner;
            attempt.error = plan_path + " is open in " + owner.describe();
            return attempt;
        }
        if (!still_linked(fd, lock_path)) {  // its holder released it between our open and flock
            ::close(fd);
            continue;
        }
        // Free to flock: whoever the file names is gone, unless it is another machine sharing
        // the folder, whose processes we cannot see.
        const std::string previous = read_fd(fd);
        const LockOwner owner = parse_owner(previous);
        if (!previous.empty() && owner.host != "unknown" && owner.host != this_host()) {
            ::close(fd);
            attempt.held_by = owner;
            attempt.error = plan_path + " is open in " + owner.describe() + "; if it is not, remove " + lock_path;
            return attempt;
        }
        // Who holds it is for others to read; on a full disk the flock alone still protects the plan.
        const std::string content = owner_json(program);
        if (::ftruncate(fd, 0) == 0) {
            [[maybe_unused]] const ssize_t written = ::pwrite(fd, content.data(), content.size(), 0);
        }
        attempt.lock.fd_ = fd;
        attempt.lock.plan_path_ = plan_path;
        attempt.lock.lock_path_ = lock_path;
        return attempt;
    }
    attempt.error = "cannot lock " + plan_path + ": its lock file keeps changing";
    return attempt;
}

}  // namespace mandalart
