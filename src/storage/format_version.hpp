#pragma once
// Versions of the plan file format (docs/FORMAT.md).
namespace mandalart {

inline constexpr const char* kFormatName = "mandalart";
// The version this program writes. 1: the chart. 2: adds "weeks" (check-ins); version 1
// files load unchanged (they simply have no check-ins) and are written back as version 2.
// 3: adds "reflection" (the year-end review) at the top and on each sub-goal; older files
// simply have none. 4: adds "start" (the ISO week the plan began); older files start in W01.
// 5: adds "conflicts" (what a merge left for the user to choose); older files have none, and
// version 4 readers keep the list as an unknown key.
// 6: adds "start" on an action (the week it was first written, when after the plan's start);
// older files have none, so every action counts from the plan's start, and version 5 readers
// keep the key as an unknown one.
inline constexpr int kFormatVersion = 6;
// The newest min_reader_version this program can read: files that need more are refused;
// files with a newer format_version but a min_reader_version up to this are opened read-only.
inline constexpr int kReaderVersion = 5;

}  // namespace mandalart
