#include "storage/conflict_copies.hpp"
#include "core/path_text.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "storage/folder_listing.hpp"

namespace mandalart {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// "2026-03-10 101500" or "2026-03-10": what Nextcloud puts after "conflicted copy".
bool is_date_time(std::string_view s) {
    if (s.size() < 10) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 4 || i == 7, space = i == 10;
        if (dash ? s[i] != '-' : space ? s[i] != ' ' : !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    }
    return true;
}

// What follows the plan's stem inside " (…)".
std::optional<SyncTool> parenthesised(std::string_view inside) {
    const std::string text = lower(inside);
    if (starts_with(text, "conflict ") || text == "conflict") return SyncTool::Nextcloud;
    if (starts_with(text, "conflicted copy ") && is_date_time(std::string_view(text).substr(16))) return SyncTool::Nextcloud;
    if (text.find("conflicted copy") != std::string::npos) return SyncTool::Dropbox;
    return std::nullopt;
}

// OneDrive keeps both versions by adding the computer's name (and "-2", "-3" for more) to the
// losing one: "2026.mandalart-DESKTOP-7QK2M1F.json". A computer name is letters, digits and hyphens.
bool computer_name(std::string_view s) {
    if (s.empty() || s.size() > 63 || s.front() == '-') return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; });
}

}  // namespace

const char* sync_tool_name(SyncTool tool) {
    switch (tool) {
        case SyncTool::Syncthing: return "Syncthing";
        case SyncTool::Dropbox: return "Dropbox";
        case SyncTool::Nextcloud: return "Nextcloud";
        case SyncTool::OneDrive: return "OneDrive";
    }
    return "";
}

std::optional<SyncTool> conflict_copy_tool(std::string_view plan_name, std::string_view name) {
    // The tools keep the last extension and change what is before it.
    const std::size_t dot = plan_name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return std::nullopt;
    const std::string_view stem = plan_name.substr(0, dot), extension = plan_name.substr(dot);
    if (name == plan_name || name.size() <= plan_name.size() || !starts_with(name, stem)) return std::nullopt;
    if (name.substr(name.size() - extension.size()) != extension) return std::nullopt;
    const std::string_view middle = name.substr(stem.size(), name.size() - stem.size() - extension.size());
    if (starts_with(middle, ".sync-conflict-")) return SyncTool::Syncthing;
    if (starts_with(middle, "_conflict-")) return SyncTool::Nextcloud;
    if (starts_with(middle, " (") && middle.back() == ')') return parenthesised(middle.substr(2, middle.size() - 3));
    if (starts_with(middle, "-") && computer_name(middle.substr(1))) return SyncTool::OneDrive;
    return std::nullopt;
}

std::vector<ConflictCopy> find_conflict_copies(const std::string& plan_path) {
    const std::string plan_name = file_name_of(plan_path);
    const std::string folder = folder_of(plan_path);
    const std::size_t dot = plan_name.rfind('.');
    std::vector<ConflictCopy> copies;
    if (dot == std::string::npos) return copies;
    for (const std::string& name : list_folder(folder, plan_name.substr(dot)).files)
        if (const auto tool = conflict_copy_tool(plan_name, name))
            copies.push_back({path_text(file_path(folder) / file_path(name)), name, *tool});
    return copies;
}

}  // namespace mandalart
