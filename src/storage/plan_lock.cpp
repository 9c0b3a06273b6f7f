#include "storage/plan_lock.hpp"

#include <ctime>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/path_text.hpp"
#include "storage/file_system.hpp"
#include "storage/local_date.hpp"

namespace mandalart {

LockOwner parse_lock_owner(const std::string& text) {
    LockOwner owner{0, "unknown", "unknown", "unknown"};
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object()) return owner;
    if (j.contains("pid") && j["pid"].is_number_integer()) owner.pid = j["pid"].get<int>();
    for (auto [key, field] : {std::pair{"host", &owner.host}, {"program", &owner.program}, {"since", &owner.since}})
        if (j.contains(key) && j[key].is_string()) *field = j[key].get<std::string>();
    return owner;
}

std::string lock_owner_text(const std::string& program) {
    return nlohmann::json{{"program", program}, {"pid", this_process_id()}, {"host", this_host()},
                          {"since", time_text(std::time(nullptr), "%Y-%m-%d %H:%M")}}
               .dump() +
           "\n";
}

LockAttempt held_elsewhere(const std::string& plan_path, const std::string& lock_text) {
    LockAttempt attempt;
    attempt.held_by = parse_lock_owner(lock_text);
    attempt.error = plan_path + " is open in " + attempt.held_by->describe();
    return attempt;
}

std::optional<LockAttempt> another_machines(const std::string& plan_path, const std::string& lock_text) {
    const LockOwner owner = parse_lock_owner(lock_text);
    if (lock_text.empty() || owner.host == "unknown" || owner.host == this_host()) return std::nullopt;
    LockAttempt attempt;
    attempt.held_by = owner;
    attempt.error = plan_path + " is open in " + owner.describe() + "; if it is not, remove " + lock_path_for(plan_path);
    return attempt;
}

std::string LockOwner::describe() const {
    return program + " (pid " + std::to_string(pid) + " on " + host + ", since " + since + ")";
}

PlanLock::PlanLock(PlanLock&& other) noexcept
    : handle_(std::exchange(other.handle_, -1)), plan_path_(std::move(other.plan_path_)), lock_path_(std::move(other.lock_path_)) {}

PlanLock& PlanLock::operator=(PlanLock&& other) noexcept {
    if (this != &other) {
        release();
        handle_ = std::exchange(other.handle_, -1);
        plan_path_ = std::move(other.plan_path_);
        lock_path_ = std::move(other.lock_path_);
    }
    return *this;
}

std::string lock_path_for(const std::string& plan_path) {
    return folder_of(plan_path) + "/." + file_name_of(plan_path) + ".lock";
}

}  // namespace mandalart
