// The Windows file layer (storage/windows) under Wine: Hangul paths through every call, a save
// that waits out another program holding the plan (an antivirus, the indexer) and reports it when
// it does not let go, losing nothing either way; the lock a second program meets, and takes over
// once it is stale; the known folders.
#include <catch2/catch.hpp>

#include <windows.h>

#include <chrono>
#include <thread>

#include "core/wide_text.hpp"
#include "storage/app_paths.hpp"
#include "storage/atomic_write.hpp"
#include "storage/plan_lock.hpp"
#include "storage/read_file.hpp"
#include "support/test_environment.hpp"
#include "temp_folder.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

// Another program holding `path` open with no sharing, as an antivirus scanning it does.
HANDLE hold(const std::string& path) {
    return ::CreateFileW(wide_text(path).c_str(), GENERIC_READ, 0, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
}

std::size_t temporary_files(const TempFolder& dir) {
    std::size_t n = 0;
    for (const std::string& name : dir.entries()) n += name.find(".tmp-") != std::string::npos;
    return n;
}

}  // namespace

TEST_CASE("Windows: a plan in a Hangul folder is saved, read back and listed by its Hangul name") {
    TempFolder dir;
    REQUIRE(make_folders(real_file_system(), dir.file("김지은/문서")).empty());
    const std::string plan = dir.file("김지은/문서/2026 만다라트.mandalart.json");
    REQUIRE(atomic_write(real_file_system(), plan, "첫 번째").empty());
    REQUIRE(atomic_write(real_file_system(), plan, "두 번째 버전").empty());
    const FileBytes read = read_file(plan);
    CHECK(read.error.empty());
    CHECK(read.bytes == "두 번째 버전");
    CHECK(file_exists(plan));
    CHECK(::GetFileAttributesW(wide_text(plan).c_str()) != INVALID_FILE_ATTRIBUTES);  // the name Windows sees is the Hangul one
    CHECK(absolute_path(plan).find("\\김지은\\문서\\2026 만다라트.mandalart.json") != std::string::npos);  // in Windows's own separators
}

TEST_CASE("Windows: a save waits while another program holds the plan for a moment, then replaces it") {
    TempFolder dir;
    const std::string plan = dir.file("plan.mandalart.json");
    REQUIRE(atomic_write(real_file_system(), plan, "old").empty());
    HANDLE held = hold(plan);
    REQUIRE(held != INVALID_HANDLE_VALUE);
    std::thread scanner([held] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the scanner's moment
        ::CloseHandle(held);
    });
    const std::string error = atomic_write(real_file_system(), plan, "new");
    scanner.join();
    CHECK(error.empty());
    CHECK(read_all(plan) == "new");
    CHECK(temporary_files(dir) == 0);
}

TEST_CASE("Windows: a plan held open throughout is reported in one line and left as it was") {
    TempFolder dir;
    const std::string plan = dir.file("plan.mandalart.json");
    REQUIRE(atomic_write(real_file_system(), plan, "old").empty());
    HANDLE held = hold(plan);
    REQUIRE(held != INVALID_HANDLE_VALUE);
    const auto start = std::chrono::steady_clock::now();
    const std::string error = atomic_write(real_file_system(), plan, "new");
    const auto waited = std::chrono::steady_clock::now() - start;
    ::CloseHandle(held);
    CHECK(error.rfind("cannot save " + plan + ": ", 0) == 0);
    CHECK(error.find("(while replacing the file)") != std::string::npos);
    CHECK(waited < std::chrono::seconds(10));  // bounded
    CHECK(read_all(plan) == "old");
    CHECK(temporary_files(dir) == 0);
}

TEST_CASE("Windows: a second program meets the lock naming the first; a released lock is gone and taken again") {
    TempFolder dir;
    const std::string plan = dir.file("계획.mandalart.json");
    LockAttempt first = lock_plan(plan, "mandalart editor");
    REQUIRE(first.lock.held());
    const std::string text = read_all(lock_path_for(plan));  // any program can read who holds it
    CHECK(text.find("\"program\":\"mandalart editor\"") != std::string::npos);
    LockAttempt second = lock_plan(plan, "mandalart set");
    CHECK_FALSE(second.lock.held());
    REQUIRE(second.held_by);
    CHECK(second.held_by->program == "mandalart editor");
    CHECK(second.held_by->pid == static_cast<int>(::GetCurrentProcessId()));
    CHECK(second.error == plan + " is open in " + second.held_by->describe());
    first.lock.release();
    CHECK_FALSE(file_exists(lock_path_for(plan)));
    LockAttempt third = lock_plan(plan, "mandalart set");
    CHECK(third.lock.held());
}

TEST_CASE("Windows: a lock file left by a process that is gone is taken over; another machine's is not") {
    TempFolder dir;
    const std::string plan = dir.file("plan.mandalart.json");
    write_all(lock_path_for(plan), R"({"program":"mandalart editor","pid":4242,"host":")" + this_host() + R"(","since":"2026-03-04 21:40"})");
    LockAttempt stale = lock_plan(plan, "mandalart editor");
    CHECK(stale.lock.held());
    stale.lock.release();
    write_all(lock_path_for(plan), R"({"program":"mandalart editor","pid":4242,"host":"OTHER-PC","since":"2026-03-04 21:40"})");
    LockAttempt other = lock_plan(plan, "mandalart editor");
    CHECK_FALSE(other.lock.held());
    REQUIRE(other.held_by);
    CHECK(other.held_by->host == "OTHER-PC");
    CHECK(file_exists(lock_path_for(plan)));  // left to its owner
}

TEST_CASE("Windows: settings in the roaming AppData, backups in the local one, plans in Documents") {
    for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
        mandalart::test::unset_environment(name);
    CHECK(config_folder().find("\\AppData\\Roaming\\Mandalart") != std::string::npos);
    CHECK(state_folder().find("\\AppData\\Local\\Mandalart") != std::string::npos);
    CHECK(data_folder() == documents_folder() + "\\Mandalart");
    CHECK(documents_folder().find("Documents") != std::string::npos);
}
