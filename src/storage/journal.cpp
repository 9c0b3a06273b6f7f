#include "storage/journal.hpp"
#include "core/path_text.hpp"

#include <ctime>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "storage/app_paths.hpp"
#include "storage/atomic_write.hpp"
#include "storage/plan_json.hpp"
#include "storage/read_file.hpp"
#include "storage/local_date.hpp"

namespace mandalart {
namespace {

// The file is one header line, then the plan exactly as a plan file holds it.
std::string header_line(const std::string& plan_path) {
    const std::string written = time_text(std::time(nullptr), "%Y-%m-%d %H:%M:%S");
    return nlohmann::json{{"mandalart_journal", 1}, {"file", absolute_path(plan_path)}, {"written", written}}.dump() + "\n";
}

}  // namespace

std::string journal_path_for(const std::string& plan_path) {
    return state_folder() + "/journal/" + plan_state_key(plan_path) + ".json";
}

namespace {

std::string write(const std::string& plan_path, const Plan& plan, FileSystem& fs, Durability durability) {
    const std::string path = journal_path_for(plan_path);
    if (const std::string problem = make_folders(fs, folder_of(path)); !problem.empty())
        return problem;
    return atomic_write(fs, path, header_line(plan_path) + encode_plan(plan), durability);
}

}  // namespace

std::string write_journal(const std::string& plan_path, const Plan& plan, FileSystem& fs) {
    return write(plan_path, plan, fs, Durability::ProcessCrash);
}

void settle_journal(const std::string& plan_path, const Plan& plan, FileSystem& fs) {
    if (write(plan_path, plan, fs, Durability::PowerLoss).empty()) return;
    remove_journal(plan_path, fs);
    fs.sync_folder(parent_folder(journal_path_for(plan_path)));
}

std::optional<Journal> read_journal(const std::string& plan_path) {
    FileBytes file = read_file(journal_path_for(plan_path));
    if (!file.error.empty()) return std::nullopt;
    const std::size_t end_of_header = file.bytes.find('\n');
    if (end_of_header == std::string::npos) return std::nullopt;
    const auto header = nlohmann::json::parse(file.bytes.substr(0, end_of_header), nullptr, false);
    if (!header.is_object() || !header.contains("written") || !header["written"].is_string()) return std::nullopt;
    DecodedPlan decoded = decode_plan(std::string_view(file.bytes).substr(end_of_header + 1), "journal");
    if (!decoded.error.empty()) return std::nullopt;
    return Journal{std::move(decoded.plan), header["written"].get<std::string>(), std::move(file.bytes)};
}

void remove_journal(const std::string& plan_path, FileSystem& fs) { fs.remove(journal_path_for(plan_path)); }

}  // namespace mandalart
