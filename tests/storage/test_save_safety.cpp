// A whole plan save (backup, then the atomic replace) under injected I/O errors and crashes at
// every step: one clear line, the old file byte-identical (or, once renamed, the complete new
// one), the plan still in memory and unsaved, and nothing left behind after the next save.
#include <catch2/catch.hpp>
#include <cerrno>
#include <cstring>

#include "core/example_plan.hpp"
#include "faulty_file_system.hpp"
#include "figures.hpp"
#include "storage/backups.hpp"
#include "storage/content_hash.hpp"
#include "storage/plan_file.hpp"
#include "plan_fixtures.hpp"
#include "temp_folder.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

constexpr SaveStep kAllSteps[] = {SaveStep::Open, SaveStep::Write, SaveStep::Fsync, SaveStep::Close, SaveStep::Rename, SaveStep::SyncFolder};
constexpr int kErrors[] = {ENOSPC, EIO, EACCES, EROFS};

// A plan on disk, opened as a document with one unsaved edit.
struct SavedPlan {
    TempFolder dir;
    std::string path = dir.file("plan.mandalart.json");
    std::string old_bytes;
    Document document;

    SavedPlan() {
        REQUIRE(save_plan_file(path, make_example_plan(2026), real_file_system()).empty());
        old_bytes = read_all(path);
        document = open_for_edit(path);
        REQUIRE(document.apply(SetText{CellAddress::core(), "디스크 오류에도 잃지 않기"}).empty());
    }
    // What the save writes: the edited plan, descended from the content it replaces.
    std::string new_bytes() const { return encode_plan(document.plan(), {name_hash(old_bytes)}); }
};

// Temporary files of a save (".NAME.tmp-XXXXXX") in a folder; none when it does not exist.
std::vector<std::string> temp_files_in(const std::string& folder) {
    std::vector<std::string> temps;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(folder, ec))
        if (e.path().filename().string().find(".tmp-") != std::string::npos) temps.push_back(e.path().string());
    return temps;
}

}  // namespace

TEST_CASE("every save step failing with ENOSPC, EIO, EACCES or EROFS loses nothing") {
    int injected = 0;
    for (const SaveStep step : kAllSteps)
        for (const int error : kErrors) {
            SavedPlan p;
            FaultyFileSystem fs(step, error, p.dir.path().string());  // the plan's writes fail, not the backup's
            SaveOptions options(fs);
            const SaveResult saved = save_document(p.document, options);
            ++injected;
            INFO(save_step_name(step) << " / " << std::strerror(error) << ": " << saved.error);
            const std::string in_place = step == SaveStep::SyncFolder ? ": the new version is in place, but a power cut could still undo it" : "";
            CHECK(saved.error == "cannot save " + p.path + ": " + std::strerror(error) + " (while " + save_step_name(step) + ")" + in_place);
            CHECK(p.document.dirty());  // still unsaved: the autosave will try again
            CHECK(p.document.plan().core == "디스크 오류에도 잃지 않기");
            CHECK(temp_files_in(p.dir.path().string()).empty());
            if (step == SaveStep::SyncFolder) {
                // Already renamed: the new content is complete; the old one is in the backups.
                CHECK(read_all(p.path) == p.new_bytes());
                CHECK(p.document.disk_hash() == saved.hash);  // the next save is not taken for another program's
                CHECK(save_document(p.document, SaveOptions{real_file_system()}).error.empty());
            } else {
                CHECK(read_all(p.path) == p.old_bytes);
            }
            REQUIRE(list_backups(p.path).size() == 1);
            CHECK(read_all(list_backups(p.path)[0].path) == p.old_bytes);
        }
    record_figure("faults_injected_save", injected);
}

TEST_CASE("when the backup cannot be written the plan is not replaced") {
    int injected = 0;
    for (const SaveStep step : {SaveStep::Open, SaveStep::Write, SaveStep::Fsync, SaveStep::Close, SaveStep::Rename})
        for (const int error : kErrors) {
            SavedPlan p;
            FaultyFileSystem fs(step, error, backup_folder_for(p.path));
            SaveOptions options(fs);
            const SaveResult saved = save_document(p.document, options);
            INFO(saved.error);
            CHECK(saved.error.rfind("cannot save " + p.path + ": keeping the previous version in ", 0) == 0);
            CHECK(saved.error.find(std::strerror(error)) != std::string::npos);
            CHECK(saved.error.find('\n') == std::string::npos);
            CHECK(read_all(p.path) == p.old_bytes);
            CHECK(p.document.dirty());
            CHECK(list_backups(p.path).empty());
            CHECK(temp_files_in(backup_folder_for(p.path)).empty());
            ++injected;
        }
    record_figure("faults_injected_backup", injected);
}

TEST_CASE("a failed fsync is final: no rename follows it, and the next save starts over") {
    SavedPlan p;
    FaultyFileSystem fs(SaveStep::Fsync, EIO, p.dir.path().string());
    SaveOptions options(fs);
    CHECK_FALSE(save_document(p.document, options).error.empty());
    CHECK(fs.syncs == 1);    // not retried
    CHECK(fs.renames == 0);  // and the unflushed file never replaced the plan
    CHECK(read_all(p.path) == p.old_bytes);
    CHECK(save_document(p.document, SaveOptions{real_file_system()}).error.empty());  // a fresh temporary file, written and flushed again
    CHECK(read_all(p.path) == p.new_bytes());
}

TEST_CASE("a crash after any step leaves the old or the new file, whole, and the next save clears the rest") {
    int crashes = 0;
    for (const bool in_backup : {false, true})
        for (const SaveStep step : kAllSteps) {
            SavedPlan p;
            FaultyFileSystem fs(step, FaultyFileSystem::Mode::Crash, in_backup ? backup_folder_for(p.path) : p.dir.path().string());
            SaveOptions options(fs);
            bool crashed = false;
            try {
                save_document(p.document, options);
            } catch (const SimulatedCrash&) {
                crashed = true;
            }
            ++crashes;
            INFO((in_backup ? "backup, " : "plan, ") << "crash after " << save_step_name(step));
            REQUIRE(crashed);
            const std::string on_disk = read_all(p.path);
            const bool renamed = !in_backup && (step == SaveStep::Rename || step == SaveStep::SyncFolder);
            CHECK(on_disk == (renamed ? p.new_bytes() : p.old_bytes));
            CHECK(load_plan_file(p.path).error.empty());
            // The next launch saves again: the leftovers of the killed save are gone afterwards.
            Document next = open_for_edit(p.path);
            REQUIRE(next.apply(SetText{CellAddress::core(), "다시 저장"}).empty());
            CHECK(save_document(next, SaveOptions{real_file_system()}).error.empty());
            CHECK(temp_files_in(p.dir.path().string()).empty());
            CHECK(temp_files_in(backup_folder_for(p.path)).empty());
            CHECK(load_plan_file(p.path).plan.core == "다시 저장");
        }
    record_figure("crash_points", crashes);
}
