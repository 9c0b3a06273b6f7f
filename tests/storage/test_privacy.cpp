// Private by default (issue 26): a plan holds a person's goals and reflections, so a new plan,
// its earlier versions, the crash journal and the lock are created for its owner alone (0600),
// in folders of the owner's own (0700); an existing plan keeps the mode it has, and an export,
// made to be passed on, is readable by others (0644).
#include <catch2/catch.hpp>

#include <filesystem>
#include <sys/stat.h>

#include "core/example_plan.hpp"
#include "storage/app_paths.hpp"
#include "storage/atomic_write.hpp"
#include "storage/backups.hpp"
#include "storage/journal.hpp"
#include "storage/plan_file.hpp"
#include "storage/plan_lock.hpp"
#include "temp_folder.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

unsigned mode_of(const std::string& path) {
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

}  // namespace

TEST_CASE("a new plan, its earlier versions, its journal and its lock are its owner's alone") {
    TempFolder dir;
    const std::string plan = dir.file("2026.mandalart.json");
    REQUIRE(save_plan_file(plan, make_example_plan(2026), real_file_system()).empty());
    CHECK(mode_of(plan) == 0600);
    Plan changed = make_example_plan(2026);
    changed.core = "바뀐 목표";
    REQUIRE(save_plan_file(plan, changed, real_file_system()).empty());
    const std::vector<Backup> backups = list_backups(plan);
    REQUIRE(backups.size() == 1);
    CHECK(mode_of(backups[0].path) == 0600);
    CHECK(mode_of(backup_folder_for(plan)) == 0700);
    REQUIRE(write_journal(plan, changed, real_file_system()).empty());
    CHECK(mode_of(journal_path_for(plan)) == 0600);
    CHECK(mode_of(std::filesystem::path(journal_path_for(plan)).parent_path().string()) == 0700);
    const LockAttempt lock = lock_plan(plan, "test");
    REQUIRE(lock.lock.held());
    CHECK(mode_of(lock_path_for(plan)) == 0600);
}

TEST_CASE("an existing plan keeps the mode it has; an export is readable by others") {
    TempFolder dir;
    const std::string plan = dir.file("shared.mandalart.json");
    REQUIRE(save_plan_file(plan, make_example_plan(2026), real_file_system()).empty());
    REQUIRE(::chmod(plan.c_str(), 0640) == 0);  // the owner shares it with a group on purpose
    Plan changed = make_example_plan(2026);
    changed.core = "바뀐 목표";
    REQUIRE(save_plan_file(plan, changed, real_file_system()).empty());
    CHECK(mode_of(plan) == 0640);
    const std::string exported = dir.file("2026.csv");
    REQUIRE(atomic_write(real_file_system(), exported, "a,b\n", Durability::PowerLoss, Privacy::Shared).empty());
    CHECK(mode_of(exported) == 0644);
}

TEST_CASE("folders the program makes are its owner's own; folders already there keep their mode") {
    TempFolder dir;
    const std::string there = dir.file("there");
    REQUIRE(std::filesystem::create_directory(there));
    REQUIRE(::chmod(there.c_str(), 0755) == 0);
    REQUIRE(make_folders(real_file_system(), there + "/mandalart/backups").empty());
    CHECK(mode_of(there) == 0755);
    CHECK(mode_of(there + "/mandalart") == 0700);
    CHECK(mode_of(there + "/mandalart/backups") == 0700);
    CHECK(make_folders(real_file_system(), there + "/mandalart/backups").empty());  // again: nothing to do
    write_all(dir.file("a-file"), "x");
    CHECK_FALSE(make_folders(real_file_system(), dir.file("a-file") + "/below").empty());  // one line, not a crash
}
