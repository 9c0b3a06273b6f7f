#pragma once
// One writer at a time: a lock file beside the plan (".NAME.lock") naming who holds it (pid,
// host, program, since when). It is held with flock(2) on Linux and an exclusive share mode on
// Windows (storage/posix, storage/windows), so the system releases it when its process dies: a
// lock left by a killed process on this host is stale and taken over.
#include <cstdint>
#include <optional>
#include <string>

namespace mandalart {

struct LockOwner {
    int pid = 0;
    std::string host, program, since;  // since: local time, "2026-11-22 14:03"
    // "mandalart editor (pid 1234 on desk, since 2026-11-22 14:03)"
    std::string describe() const;
};

class PlanLock {
public:
    PlanLock() = default;
    PlanLock(const PlanLock&) = delete;
    PlanLock& operator=(const PlanLock&) = delete;
    PlanLock(PlanLock&& other) noexcept;
    PlanLock& operator=(PlanLock&& other) noexcept;
    ~PlanLock() { release(); }

    bool held() const { return handle_ != -1; }
    const std::string& plan_path() const { return plan_path_; }
    void release();

private:
    friend struct LockAttempt lock_plan(const std::string& plan_path, const std::string& program);
    std::intptr_t handle_ = -1;  // a file descriptor, or a Windows HANDLE
    std::string plan_path_, lock_path_;
};

struct LockAttempt {
    PlanLock lock;                     // held on success
    std::optional<LockOwner> held_by;  // someone else holds it
    std::string error;                 // one line when the lock cannot be made at all (or held_by)
};

std::string lock_path_for(const std::string& plan_path);
// The lock file's text naming this process as `program`; and an owner read back from such a text
// (an unreadable or foreign file names "unknown").
std::string lock_owner_text(const std::string& program);
LockOwner parse_lock_owner(const std::string& text);
// For the system's half of lock_plan (storage/posix, storage/windows): the attempt refused because
// the process the lock file's text names holds it; and, for a lock file free to take, the refusal
// when its text names another machine sharing the folder (whose processes cannot be seen), if so.
LockAttempt held_elsewhere(const std::string& plan_path, const std::string& lock_text);
std::optional<LockAttempt> another_machines(const std::string& plan_path, const std::string& lock_text);
// Takes the lock for `plan_path` on behalf of `program` ("mandalart editor", "mandalart set").
LockAttempt lock_plan(const std::string& plan_path, const std::string& program);

}  // namespace mandalart
