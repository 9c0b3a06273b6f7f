// Conflict copies found by the names Syncthing, Dropbox and Nextcloud give them, and nothing else.
#include <catch2/catch.hpp>

#include <fstream>

#include "storage/conflict_copies.hpp"
#include "temp_folder.hpp"

using namespace mandalart;
using mandalart::testing::TempFolder;

TEST_CASE("each sync tool's conflict copy is known by its name") {
    const std::string plan = "2026.mandalart.json";
    CHECK(conflict_copy_tool(plan, "2026.mandalart.sync-conflict-20260310-101500-ABCDEFG.json") == SyncTool::Syncthing);
    CHECK(conflict_copy_tool(plan, "2026.mandalart (conflicted copy).json") == SyncTool::Dropbox);
    CHECK(conflict_copy_tool(plan, "2026.mandalart (Jane's conflicted copy 2026-03-10).json") == SyncTool::Dropbox);
    CHECK(conflict_copy_tool(plan, "2026.mandalart (민수의 conflicted copy 2026-03-10).json") == SyncTool::Dropbox);
    CHECK(conflict_copy_tool(plan, "2026.mandalart (conflict 2026-03-10).json") == SyncTool::Nextcloud);
    CHECK(conflict_copy_tool(plan, "2026.mandalart (conflicted copy 2026-03-10 101500).json") == SyncTool::Nextcloud);
    CHECK(conflict_copy_tool(plan, "2026.mandalart_conflict-20260310-101500.json") == SyncTool::Nextcloud);
    CHECK(conflict_copy_tool(plan, "2026.mandalart-DESKTOP-7QK2M1F.json") == SyncTool::OneDrive);
    CHECK(conflict_copy_tool(plan, "2026.mandalart-JIEUN-LAPTOP-2.json") == SyncTool::OneDrive);
}

TEST_CASE("the plan itself, other plans, their copies and other files are not conflict copies") {
    const std::string plan = "2026.mandalart.json";
    for (const char* name : {"2026.mandalart.json", "2027.mandalart.sync-conflict-20260310-101500-ABCDEFG.json",
                             "2026.mandalart (copy).json", "2026.mandalart (1).json", "2026-work.mandalart (conflicted copy).json",
                             "2026.mandalart.sync-conflict-20260310-101500-ABCDEFG.png", "2026.mandalartx (conflicted copy).json",
                             "2026.mandalart.json.tmp", "notes (conflicted copy).json", "2026.mandalart-.json",
                             "2026.mandalart-old copy.json", "2026.mandalart--x.json"}) {
        INFO(name);
        CHECK_FALSE(conflict_copy_tool(plan, name));
    }
}

TEST_CASE("the copies beside a plan are found in its folder, sorted") {
    TempFolder folder;
    for (const char* name : {"2026.mandalart.json", "2026.mandalart (conflicted copy).json",
                             "2026.mandalart.sync-conflict-20260310-101500-ABCDEFG.json", "2027.mandalart.json",
                             "2026.mandalart (conflict 2026-03-10).json", "readme.txt"})
        std::ofstream(folder.file(name)) << "{}";
    const std::vector<ConflictCopy> copies = find_conflict_copies(folder.file("2026.mandalart.json"));
    REQUIRE(copies.size() == 3);
    CHECK(copies[0].name == "2026.mandalart (conflict 2026-03-10).json");
    CHECK(copies[0].tool == SyncTool::Nextcloud);
    CHECK(copies[1].tool == SyncTool::Dropbox);
    CHECK(copies[2].path == folder.file("2026.mandalart.sync-conflict-20260310-101500-ABCDEFG.json"));
    CHECK(std::string(sync_tool_name(copies[2].tool)) == "Syncthing");
    CHECK(find_conflict_copies(folder.file("2027.mandalart.json")).empty());
}
