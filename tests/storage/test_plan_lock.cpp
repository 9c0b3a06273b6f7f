// One writer at a time: the lock beside the plan, who holds it, and stale locks taken over.
#include <catch2/catch.hpp>
#include "storage/file_system.hpp"

#include <nlohmann/json.hpp>

#include "storage/plan_lock.hpp"
#include "temp_folder.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

std::string host_name() { return this_host(); }

}  // namespace

TEST_CASE("a second writer is refused and told who holds the plan") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    LockAttempt first = lock_plan(path, "mandalart editor");
    REQUIRE(first.lock.held());
    CHECK(std::filesystem::exists(dir.file(".plan.mandalart.json.lock")));
    const auto content = nlohmann::json::parse(read_all(lock_path_for(path)));
    CHECK(content["pid"] == static_cast<int>(::getpid()));
    CHECK(content["host"] == host_name());
    CHECK(content["program"] == "mandalart editor");
    CHECK(content["since"].get<std::string>().size() == 16);  // "2026-11-22 14:03"

    const LockAttempt second = lock_plan(path, "mandalart command line");
    CHECK_FALSE(second.lock.held());
    REQUIRE(second.held_by);
    CHECK(second.held_by->pid == static_cast<int>(::getpid()));
    CHECK(second.held_by->program == "mandalart editor");
    CHECK(second.error == path + " is open in mandalart editor (pid " + std::to_string(::getpid()) + " on " +
                              host_name() + ", since " + content["since"].get<std::string>() + ")");

    first.lock.release();
    CHECK_FALSE(std::filesystem::exists(lock_path_for(path)));
    CHECK(lock_plan(path, "mandalart command line").lock.held());
}

TEST_CASE("a lock left by a process that is gone is taken over without asking") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    // What a killed editor leaves: the file names it, but nobody holds the flock any more.
    write_all(lock_path_for(path), nlohmann::json{{"pid", 999999}, {"host", host_name()}, {"program", "mandalart editor"},
                                                  {"since", "2026-01-01 09:00"}}.dump());
    LockAttempt attempt = lock_plan(path, "mandalart command line");
    REQUIRE(attempt.lock.held());
    CHECK(nlohmann::json::parse(read_all(lock_path_for(path)))["pid"] == static_cast<int>(::getpid()));
}

TEST_CASE("a lock from another machine is not taken over: its process cannot be seen from here") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    write_all(lock_path_for(path), nlohmann::json{{"pid", 1234}, {"host", "other-desk"}, {"program", "mandalart editor"},
                                                  {"since", "2026-01-01 09:00"}}.dump());
    const LockAttempt attempt = lock_plan(path, "mandalart command line");
    CHECK_FALSE(attempt.lock.held());
    REQUIRE(attempt.held_by);
    CHECK(attempt.held_by->host == "other-desk");
    CHECK(attempt.error.find("; if it is not, remove " + lock_path_for(path)) != std::string::npos);
}

TEST_CASE("a garbled lock file is taken over; a lock in a missing folder is an error") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    write_all(lock_path_for(path), "\x01\x02 not json");
    CHECK(lock_plan(path, "mandalart editor").lock.held());
    const LockAttempt missing = lock_plan(dir.file("nope/plan.mandalart.json"), "mandalart editor");
    CHECK_FALSE(missing.lock.held());
    CHECK_FALSE(missing.held_by);
    CHECK(missing.error.rfind("cannot lock " + dir.file("nope/plan.mandalart.json") + ": No such file or directory", 0) == 0);
}

TEST_CASE("a moved lock is released by its new owner only") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    PlanLock kept;
    {
        LockAttempt attempt = lock_plan(path, "mandalart editor");
        kept = std::move(attempt.lock);
    }
    CHECK(kept.held());
    CHECK_FALSE(lock_plan(path, "mandalart editor").lock.held());
}
