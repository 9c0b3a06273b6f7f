// The CLI side of "never lose a year": restore, and refusing to write a plan another mandalart holds.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "run_process.hpp"
#include "storage/backups.hpp"
#include "storage/file_damage.hpp"
#include "storage/plan_file.hpp"
#include "storage/plan_lock.hpp"

using namespace mandalart;
using namespace mandalart::testing;

TEST_CASE("restore --list shows the replaced versions newest first; restore N brings one back, restore 1 undoes it") {
    TempFolder dir;
    const std::string plan = dir.file("2026.mandalart.json");
    REQUIRE(run_mandalart({"new", plan, "--example", "--year", "2026"}).exit_code == 0);
    const auto empty = run_mandalart({"restore", plan, "--list"});
    CHECK(empty.exit_code == 0);
    CHECK(empty.out.find("no earlier versions kept yet") != std::string::npos);
    REQUIRE(run_mandalart({"set", plan, "core", "첫 번째 수정"}).exit_code == 0);
    REQUIRE(run_mandalart({"set", plan, "core", "두 번째 수정"}).exit_code == 0);

    const auto list = run_mandalart({"restore", plan, "--list"});
    CHECK(list.exit_code == 0);
    INFO(list.out);
    REQUIRE(std::count(list.out.begin(), list.out.end(), '\n') == 2);
    CHECK(list.out.rfind(" 1  20", 0) == 0);  // " 1  2026-11-22 14:03:05    12.3 KB"
    CHECK(list.out.find("\n 2  20") != std::string::npos);
    CHECK(list.out.find(" KB\n") != std::string::npos);

    const auto restored = run_mandalart({"restore", plan, "2"});  // the example as `new` wrote it
    CHECK(restored.exit_code == 0);
    CHECK(restored.out.rfind("restored " + plan + " to the version replaced at ", 0) == 0);
    CHECK(load_plan_file(plan).plan.core != "두 번째 수정");
    CHECK(load_plan_file(plan).plan.core != "첫 번째 수정");
    REQUIRE(run_mandalart({"restore", plan, "1"}).exit_code == 0);  // undo the restore
    CHECK(load_plan_file(plan).plan.core == "두 번째 수정");
}

TEST_CASE("a zero-filled plan: every command names the damage and the restore that brings it back; restore does, keeping it") {
    TempFolder dir;
    const std::string plan = dir.file("2026.mandalart.json");
    REQUIRE(run_mandalart({"new", plan, "--example", "--year", "2026"}).exit_code == 0);
    REQUIRE(run_mandalart({"check", plan, "1.1", "--week", "2026-W10"}, "2026-03-04").exit_code == 0);
    REQUIRE(run_mandalart({"check", plan, "1.1", "--week", "2026-W11"}, "2026-03-11").exit_code == 0);
    const std::string good = read_all(plan);
    const std::string zeros(good.size(), '\0');  // what a power cut can leave in place of a plan
    write_all(plan, zeros);
    const std::string damage = plan + " is " + with_thousands(zeros.size()) +
                               " zero bytes: the file was damaged, often by a power cut or a failing disk; the newest good version is 1, saved ";
    for (const std::vector<std::string>& args : {std::vector<std::string>{"status", plan}, {"check", plan, "1.2"},
                                                  {"validate", plan}, {"report", plan}}) {
        INFO(args[0]);
        const auto refused = run_mandalart(args, "2026-03-12");
        CHECK(refused.exit_code == 1);  // bad input, as before
        CHECK(refused.err.rfind(damage, 0) == 0);
        CHECK(refused.err.find(" with check-ins up to 2026-W10: mandalart restore " + plan + " 1\n") != std::string::npos);
        CHECK(std::count(refused.err.begin(), refused.err.end(), '\n') == 1);
    }
    CHECK(read_all(plan) == zeros);  // nothing wrote over it
    const auto restored = run_mandalart({"restore", plan, "1"});
    CHECK(restored.exit_code == 0);
    CHECK(load_plan_file(plan).error.empty());
    CHECK(read_all(list_backups(plan)[0].path) == zeros);  // the damaged file, kept as version 1
}

TEST_CASE("a plan gone while its earlier versions are kept: commands name the restore that brings it back; restore does") {
    TempFolder dir;
    const std::string plan = dir.file("2026.mandalart.json");
    REQUIRE(run_mandalart({"new", plan, "--example", "--year", "2026"}).exit_code == 0);
    REQUIRE(run_mandalart({"check", plan, "1.1", "--week", "2026-W10"}, "2026-03-04").exit_code == 0);
    std::filesystem::remove(plan);  // deleted, moved, or a rename a power cut took back
    const auto refused = run_mandalart({"status", plan}, "2026-03-12");
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("; the newest good version is 1, saved ") != std::string::npos);
    CHECK(refused.err.find(": mandalart restore " + plan + " 1\n") != std::string::npos);
    CHECK(std::count(refused.err.begin(), refused.err.end(), '\n') == 1);
    CHECK(run_mandalart({"restore", plan, "1"}).exit_code == 0);
    CHECK(load_plan_file(plan).error.empty());
}

TEST_CASE("restore refuses bad version numbers with one line") {
    TempFolder dir;
    const std::string plan = dir.file("2026.mandalart.json");
    REQUIRE(run_mandalart({"new", plan, "--year", "2026"}).exit_code == 0);
    const std::string before = read_all(plan);
    const auto none = run_mandalart({"restore", plan, "1"});
    CHECK(none.exit_code == 1);
    CHECK(none.err == plan + ": no earlier versions are kept (" + backup_folder_for(plan) + ")\n");
    CHECK(run_mandalart({"restore", plan, "x"}).exit_code == 2);
    CHECK(run_mandalart({"restore", plan}).exit_code == 2);
    CHECK(read_all(plan) == before);
}

TEST_CASE("a plan open in another mandalart is not written: exit 1 naming the holder") {
    TempFolder dir;
    const std::string plan = dir.file("2026.mandalart.json");
    REQUIRE(run_mandalart({"new", plan, "--example", "--year", "2026"}).exit_code == 0);
    const std::string before = read_all(plan);
    LockAttempt editor = lock_plan(plan, "mandalart editor");
    REQUIRE(editor.lock.held());
    for (const std::vector<std::string>& args : {std::vector<std::string>{"set", plan, "core", "끼어들기"},
                                                 std::vector<std::string>{"check", plan, "1.1", "--week", "2026-W10"}}) {
        const auto refused = run_mandalart(args);
        CHECK(refused.exit_code == 1);
        CHECK(refused.err.rfind("cannot change " + plan + ": it is open in mandalart editor (pid " + std::to_string(::getpid()), 0) == 0);
        CHECK(refused.err.find("; close it there first\n") != std::string::npos);
    }
    CHECK(read_all(plan) == before);
    CHECK(run_mandalart({"show", plan}).exit_code == 0);  // reading is fine
    editor.lock.release();
    CHECK(run_mandalart({"set", plan, "core", "이제 됨"}).exit_code == 0);
    CHECK(load_plan_file(plan).plan.core == "이제 됨");
    CHECK_FALSE(std::filesystem::exists(lock_path_for(plan)));  // the command let go of its lock
}
