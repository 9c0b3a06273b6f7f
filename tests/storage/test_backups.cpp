// The versions a save replaces: kept, rotated to the newest 10, listed newest first, restorable;
// and a save refuses a file that another program changed since it was read.
#include <catch2/catch.hpp>

#include "core/example_plan.hpp"
#include "storage/app_paths.hpp"
#include "storage/backups.hpp"
#include "storage/content_hash.hpp"
#include "storage/plan_file.hpp"
#include "storage/restore.hpp"
#include "plan_fixtures.hpp"
#include "temp_folder.hpp"

using namespace mandalart;
using namespace mandalart::testing;


TEST_CASE("each save keeps the version it replaces, newest first, at most 10") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    for (int i = 0; i < 13; ++i) REQUIRE(replace_plan_file(path, example_bytes_with_core("버전 " + std::to_string(i)), SaveOptions{real_file_system()}).error.empty());
    const std::vector<Backup> backups = list_backups(path);
    REQUIRE(backups.size() == kBackupsKept);
    CHECK(read_all(backups[0].path) == example_bytes_with_core("버전 11"));  // what the last save replaced
    CHECK(read_all(backups[9].path) == example_bytes_with_core("버전 2"));
    for (std::size_t i = 1; i < backups.size(); ++i) CHECK(backups[i - 1].time_ns > backups[i].time_ns);
    CHECK(backups[0].size == example_bytes_with_core("버전 11").size());
    CHECK(backups[0].time_label().size() == 19);  // "2026-11-22 14:03:05"
    CHECK(read_all(path) == example_bytes_with_core("버전 12"));
}

TEST_CASE("a save that changes nothing keeps no backup; a new file has none") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    REQUIRE(replace_plan_file(path, example_bytes_with_core("같음"), SaveOptions{real_file_system()}).error.empty());
    CHECK(list_backups(path).empty());
    REQUIRE(replace_plan_file(path, example_bytes_with_core("같음"), SaveOptions{real_file_system()}).error.empty());
    CHECK(list_backups(path).empty());
}

TEST_CASE("a plan's backups stay where earlier versions put them: the folder's name does not change", "[linux]") {
    // The name of the plan's state folder (backups, journal) is a hash of its path, fixed since
    // version 1: a user's earlier versions must still be found after an upgrade.
    CHECK(plan_state_key("/home/jiwoo/plans/2026.mandalart.json") == "2026.mandalart.json-a5c78407f64c711c");
}

TEST_CASE("two plans with the same name in different folders keep separate backups") {
    TempFolder a, b;
    REQUIRE(backup_folder_for(a.file("2026.mandalart.json")) != backup_folder_for(b.file("2026.mandalart.json")));
    CHECK(backup_folder_for(a.file("2026.mandalart.json")).find("/backups/2026.mandalart.json-") != std::string::npos);
}

TEST_CASE("restoring version N is a save, so restoring 1 again undoes it") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    for (const char* core : {"하나", "둘", "셋"}) REQUIRE(replace_plan_file(path, example_bytes_with_core(core), SaveOptions{real_file_system()}).error.empty());
    // The file holds 셋; the backups are 둘 (1) and 하나 (2).
    REQUIRE(restore_version(path, 2, SaveOptions{real_file_system()}).error.empty());
    CHECK(read_all(path) == example_bytes_with_core("하나"));
    CHECK(read_all(list_backups(path)[0].path) == example_bytes_with_core("셋"));
    REQUIRE(restore_version(path, 1, SaveOptions{real_file_system()}).error.empty());
    CHECK(read_all(path) == example_bytes_with_core("셋"));
}

TEST_CASE("restore refuses a missing or damaged version and leaves the plan alone") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    REQUIRE(replace_plan_file(path, example_bytes_with_core("하나"), SaveOptions{real_file_system()}).error.empty());
    CHECK(restore_version(path, 1, SaveOptions{real_file_system()}).error.find(": no earlier versions are kept") != std::string::npos);
    REQUIRE(replace_plan_file(path, example_bytes_with_core("둘"), SaveOptions{real_file_system()}).error.empty());
    CHECK(restore_version(path, 3, SaveOptions{real_file_system()}).error == path + ": no version 3; there are 1 (1 is the newest)");
    write_all(list_backups(path)[0].path, "{\"format\": \"mandalart\"");
    const SaveResult damaged = restore_version(path, 1, SaveOptions{real_file_system()});
    CHECK(damaged.error.rfind("version 1 cannot be restored: ", 0) == 0);
    CHECK(read_all(path) == example_bytes_with_core("둘"));
}

TEST_CASE("a save refuses a file another program changed; keeping mine puts theirs in the backups") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    REQUIRE(replace_plan_file(path, example_bytes_with_core("처음"), SaveOptions{real_file_system()}).error.empty());
    Document mine = open_for_edit(path);
    REQUIRE(mine.apply(SetText{CellAddress::core(), "내 것"}).empty());

    // Same size and the same modification second: only the content tells.
    const std::string theirs = example_bytes_with_core("그쪽");
    REQUIRE(theirs.size() == read_all(path).size());
    write_all(path, theirs);
    const SaveResult refused = save_document(mine, SaveOptions{real_file_system()});
    CHECK(refused.changed_on_disk);
    CHECK(refused.error == "cannot save " + path + ": another program changed it since it was opened; nothing was written");
    CHECK(read_all(path) == theirs);
    CHECK(mine.dirty());
    CHECK(list_backups(path).empty());

    SaveOptions keep_mine(real_file_system());
    keep_mine.overwrite_changes = true;
    REQUIRE(save_document(mine, keep_mine).error.empty());
    CHECK(load_plan_file(path).plan.core == "내 것");
    CHECK(read_all(list_backups(path)[0].path) == theirs);
    CHECK(mine.disk_hash() == content_hash(read_all(path)));
}

TEST_CASE("a file deleted by another program is written again") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    REQUIRE(replace_plan_file(path, example_bytes_with_core("처음"), SaveOptions{real_file_system()}).error.empty());
    Document doc = open_for_edit(path);
    std::filesystem::remove(path);
    REQUIRE(doc.apply(SetText{CellAddress::core(), "다시"}).empty());
    CHECK(save_document(doc, SaveOptions{real_file_system()}).error.empty());
    CHECK(load_plan_file(path).plan.core == "다시");
}
