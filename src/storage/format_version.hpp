#pragma once
// Versions of the plan file format (docs/FORMAT.md).
namespace mandalart {

inline constexpr const char* kFormatName = "mandalart";
// The version this program writes.
inline constexpr int kFormatVersion = 1;
// The newest min_reader_version this program can read: files that need more are refused;
// files with a newer format_version but a min_reader_version up to this are opened read-only.
inline constexpr int kReaderVersion = 1;

}  // namespace mandalart
