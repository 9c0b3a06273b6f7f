#pragma once
// The copies a sync tool leaves beside a plan when two machines changed it at once, found by the
// names each tool gives them (for 2026.mandalart.json):
//   Syncthing   2026.mandalart.sync-conflict-20260310-101500-ABCDEFG.json
//   Dropbox     2026.mandalart (conflicted copy).json, 2026.mandalart (Jane's conflicted copy 2026-03-10).json
//   Nextcloud   2026.mandalart (conflict 2026-03-10).json, 2026.mandalart (conflicted copy 2026-03-10 101500).json,
//               2026.mandalart_conflict-20260310-101500.json (ownCloud and older Nextcloud clients)
// None of them ends in .mandalart.json, so they are never taken for plans of their own.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mandalart {

enum class SyncTool { Syncthing, Dropbox, Nextcloud, OneDrive };

struct ConflictCopy {
    std::string path;  // beside the plan
    std::string name;  // its file name
    SyncTool tool;
};

const char* sync_tool_name(SyncTool tool);
// Which tool made `name` as a conflict copy of the plan named `plan_name`; nullopt when it is not one.
std::optional<SyncTool> conflict_copy_tool(std::string_view plan_name, std::string_view name);
// The conflict copies of the plan at `plan_path` in its folder, sorted by name.
std::vector<ConflictCopy> find_conflict_copies(const std::string& plan_path);

}  // namespace mandalart
