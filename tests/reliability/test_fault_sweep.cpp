// Every write path of the program, failed at every step of every write it makes (creating the
// temporary file, writing, flushing, closing, renaming, flushing the folder) with ENOSPC, EIO,
// EACCES and EROFS, through the one file system the CLI and the editor's session are given
// (issue 26). Each failure must be told in one line naming the cause, and leave every file that
// was there as it was and no temporary file behind; a write that never reaches the failing step
// must succeed.
#include <catch2/catch.hpp>

#include "support/test_environment.hpp"
#include "core/path_text.hpp"
#include "export/pdf_chart.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "export/export_plan.hpp"
#include "../figures.hpp"
#include "../storage/faulty_file_system.hpp"
#include "../storage/temp_folder.hpp"
#include "cli/cli.hpp"
#include "core/example_plan.hpp"
#include "session/plan_session.hpp"
#include "storage/app_paths.hpp"
#include "storage/journal.hpp"
#include "storage/plan_file.hpp"
#include "storage/settings_file.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

constexpr Date kToday{2026, 3, 4};
constexpr SaveStep kSteps[] = {SaveStep::Open, SaveStep::Write, SaveStep::Fsync, SaveStep::Close, SaveStep::Rename, SaveStep::SyncFolder};
constexpr int kErrors[] = {ENOSPC, EIO, EACCES, EROFS};

// A home of its own: the plan and the files a run starts from, its backups and journal (the
// state folder) and settings all under one folder, so a run's every file can be compared.
struct Home {
    TempFolder root;
    std::string plans = root.file("plans"), state = root.file("state");
    std::string plan = plans + "/2026.mandalart.json";
    std::string theirs = plans + "/theirs.mandalart.json", base = plans + "/base.mandalart.json";
    std::string grid = plans + "/grid.csv";

    Home() {
        mandalart::test::set_environment("XDG_STATE_HOME", state.c_str());
        FileSystem& disk = real_file_system();
        REQUIRE(make_folders(disk, plans).empty());
        const Plan example = make_example_plan(2026);
        REQUIRE(save_plan_file(base, example, disk).empty());
        REQUIRE(save_plan_file(plan, example, disk).empty());
        Plan mine = example, other = example;
        mine.core = "두 번째 저장";  // the plan has an earlier version to restore
        REQUIRE(save_plan_file(plan, mine, disk).empty());
        other.title = "다른 기계에서";
        REQUIRE(save_plan_file(theirs, other, disk).empty());
        std::ostringstream out, err;
        REQUIRE(cli::run({"export", plan, "--format", "csv", "-o", grid}, out, err, kToday, disk) == 0);
    }
    ~Home() { mandalart::test::unset_environment("XDG_STATE_HOME"); }

    std::map<std::string, std::string> files() const {
        std::map<std::string, std::string> found;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root.path()))
            if (entry.is_regular_file()) found[entry.path().string()] = read_all(entry.path().string());
        return found;
    }
};

struct Outcome {
    bool ok = false;
    std::string message;  // what the user is told when it fails
};

Outcome cli(Home&, FileSystem& fs, std::vector<std::string> args) {
    std::ostringstream out, err;
    const int code = cli::run(args, out, err, kToday, fs);
    return {code == 0, err.str()};
}

std::unique_ptr<PlanSession> session_on(Home& home, FileSystem& fs) {
    SessionOptions options;
    options.today = [] { return kToday; };
    options.file_system = &fs;
    options.data_folder = home.plans;
    options.remember_file = [](const std::string&) {};
    auto session = std::make_unique<PlanSession>(options);
    REQUIRE(session->open(home.plan, false, Language::Korean).empty());
    return session;
}

Outcome told(const PlanSession& session) {
    const bool failed = session.notice().kind == Notice::Kind::Text;
    return {!failed, failed ? session.notice().detail : std::string{}};
}

// As the editor's File menu exports: export_plan on the session's plan, through the session's file system.
Outcome session_export(Home& home, FileSystem& fs, ExportFormat format, const std::string& name) {
    auto s = session_on(home, fs);
    ExportOptions options;
    options.stats = &s->stats();
    options.progress = true;
    const ExportResult result = export_plan(s->document().plan(), format, options, home.plans + "/" + name, s->file_system());
    return {result.error.empty(), result.error};
}

enum class Group { CliPlans, CliExports, EditorPlans, EditorExports };

struct WritePath {
    Group group;
    const char* name;
    bool replaces;  // replaces a plan, keeping the version replaced in the backups first
    bool flushed;   // written to survive a power cut (fsync and the folder's fsync), not only a crash
    std::function<Outcome(Home&, FileSystem&)> run;
};

const std::vector<WritePath>& write_paths() {
    static const std::vector<WritePath> paths = {
        {Group::CliPlans, "save (mandalart set)", true, true, [](Home& h, FileSystem& fs) { return cli(h, fs, {"set", h.plan, "core", "바뀐 핵심"}); }},
        {Group::CliPlans, "check-in (mandalart check)", true, true, [](Home& h, FileSystem& fs) { return cli(h, fs, {"check", h.plan, "1.1", "--week", "2026-W10"}); }},
        {Group::CliPlans, "new plan (mandalart new)", false, true, [](Home& h, FileSystem& fs) { return cli(h, fs, {"new", h.plans + "/new.mandalart.json"}); }},
        {Group::CliPlans, "import (mandalart import)", false, true, [](Home& h, FileSystem& fs) { return cli(h, fs, {"import", h.grid, "-o", h.plans + "/imported.mandalart.json"}); }},
        {Group::CliPlans, "restore (mandalart restore)", true, true, [](Home& h, FileSystem& fs) { return cli(h, fs, {"restore", h.plan, "1"}); }},
        {Group::CliPlans, "next year (mandalart next)", false, true, [](Home& h, FileSystem& fs) { return cli(h, fs, {"next", h.plan, "-o", h.plans + "/2027.mandalart.json"}); }},
        {Group::CliPlans, "merge (mandalart merge)", true, true, [](Home& h, FileSystem& fs) { return cli(h, fs, {"merge", h.plan, h.theirs, "--base", h.base}); }},
        {Group::CliPlans, "git merge driver", true, true, [](Home& h, FileSystem& fs) { return cli(h, fs, {"merge-driver", h.base, h.plan, h.theirs}); }},
        {Group::CliExports, "export md + png", false, true, [](Home& h, FileSystem& fs) { return cli(h, fs, {"export", h.plan, "--format", "md", "-o", h.plans + "/r.md"}); }},
        {Group::CliExports, "export svg", false, true, [](Home& h, FileSystem& fs) { return cli(h, fs, {"export", h.plan, "--format", "svg", "-o", h.plans + "/c.svg"}); }},
        {Group::CliExports, "export pdf", false, true, [](Home& h, FileSystem& fs) { return cli(h, fs, {"export", h.plan, "--format", "pdf", "-o", h.plans + "/c.pdf"}); }},
        {Group::CliExports, "export png", false, true, [](Home& h, FileSystem& fs) { return cli(h, fs, {"export", h.plan, "--format", "png", "-o", h.plans + "/c.png"}); }},
        {Group::CliExports, "export csv", false, true, [](Home& h, FileSystem& fs) { return cli(h, fs, {"export", h.plan, "--format", "csv", "-o", h.plans + "/c.csv"}); }},
        {Group::CliExports, "export tidy-csv", false, true, [](Home& h, FileSystem& fs) { return cli(h, fs, {"export", h.plan, "--format", "tidy-csv", "-o", h.plans + "/t.csv"}); }},
        {Group::CliExports, "export ics", false, true, [](Home& h, FileSystem& fs) { return cli(h, fs, {"export", h.plan, "--format", "ics", "-o", h.plans + "/c.ics"}); }},
        {Group::EditorPlans, "editor save", true, true, [](Home& h, FileSystem& fs) {
             auto s = session_on(h, fs);
             s->apply(SetText{CellAddress::core(), "편집기에서 바꾼 핵심"}, 0.0);
             return s->save(1.0) ? Outcome{true, {}} : Outcome{false, s->save_error().detail};
         }},
        {Group::EditorPlans, "editor save as", false, true, [](Home& h, FileSystem& fs) {
             const std::string error = session_on(h, fs)->save_as(h.plans + "/copy.mandalart.json");
             return Outcome{error.empty(), error};
         }},
        {Group::EditorPlans, "editor restore", true, true, [](Home& h, FileSystem& fs) {
             auto s = session_on(h, fs);
             s->restore(1, 1.0);
             return told(*s);
         }},
        {Group::EditorPlans, "editor next year", false, true, [](Home& h, FileSystem& fs) {
             auto s = session_on(h, fs);
             s->start_next_year(1.0);
             return told(*s);
         }},
        {Group::EditorExports, "editor export image", false, true, [](Home& h, FileSystem& fs) { return session_export(h, fs, ExportFormat::Png, "e.png"); }},
        {Group::EditorExports, "editor export pdf", false, true, [](Home& h, FileSystem& fs) { return session_export(h, fs, ExportFormat::Pdf, "e.pdf"); }},
        {Group::EditorExports, "editor export retrospective", false, true, [](Home& h, FileSystem& fs) { return session_export(h, fs, ExportFormat::Markdown, "e.md"); }},
        {Group::EditorExports, "editor export reminder", false, true, [](Home& h, FileSystem& fs) { return session_export(h, fs, ExportFormat::Calendar, "e.ics"); }},
        {Group::EditorPlans, "crash journal", false, false, [](Home& h, FileSystem& fs) {
             Plan edited = make_example_plan(2026);
             edited.core = "저장 전 변경";
             const std::string error = write_journal(h.plan, edited, fs);
             return Outcome{error.empty(), error};
         }},
        {Group::EditorPlans, "settings", false, true, [](Home& h, FileSystem& fs) {
             const std::string error = save_settings(h.root.file("config/settings.json"), Settings{}, fs);
             return Outcome{error.empty(), error};
         }},
    };
    return paths;
}

bool is_temporary(const std::string& path) { return path.find(".tmp-") != std::string::npos; }

}  // namespace

#ifndef MANDALART_SWEEP_ONE_ERROR_PER_STEP
#define MANDALART_SWEEP_ONE_ERROR_PER_STEP 0
#endif

namespace {

// The paths that draw the chart as an image (a third of a second each) fail each step with one of
// the errors in turn (all four over the six steps): the errors take one code path, which the other
// paths try with each. MANDALART_SWEEP_ONE_ERROR_PER_STEP=1 does the same for every path.
const std::set<std::string> kDrawsChart = {"export md + png", "export png", "editor export image", "editor export retrospective"};

// Fails each write path of `group` at every step with every error; returns the faults injected.
int sweep(Group group) {
    int injected = 0;
    for (const WritePath& path : write_paths()) {
        if (std::string(path.name).find("pdf") != std::string::npos && !pdf_in_this_build()) continue;  // says so instead: tests/export
        if (path.group != group) continue;
        const bool one_error_per_step = MANDALART_SWEEP_ONE_ERROR_PER_STEP || kDrawsChart.count(path.name) > 0;
        std::set<SaveStep> reached;
        for (std::size_t s = 0; s < std::size(kSteps); ++s)
            for (std::size_t e = 0; e < std::size(kErrors); ++e)
                for (const bool in_target_only : {false, true}) {
                    const SaveStep step = kSteps[s];
                    const int error = kErrors[e];
                    if (one_error_per_step && e != s % std::size(kErrors)) continue;
                    // In the plans' folder only, the backup of the version replaced is made and
                    // the plan's own write then fails: only a path that replaces a plan differs.
                    if (in_target_only && !path.replaces) continue;
                    Home home;
                    if (std::string(path.name) == "settings") REQUIRE(make_folders(real_file_system(), home.root.file("config")).empty());
                    const auto before = home.files();
                    FaultyFileSystem fs(step, error, in_target_only ? home.plans : std::string{});
                    const Outcome outcome = path.run(home, fs);
                    INFO(path.name << ", " << save_step_name(step) << ", " << std::strerror(error)
                                   << (in_target_only ? ", in the plans' folder" : "") << ": " << outcome.message);
                    const auto after = home.files();
                    for (const auto& [file, bytes] : after) CHECK_FALSE(is_temporary(file));
                    if (!fs.hit) {
                        CHECK(outcome.ok);
                        continue;
                    }
                    ++injected;
                    reached.insert(step);
                    CHECK_FALSE(outcome.ok);
                    CHECK(outcome.message.find(std::strerror(error)) != std::string::npos);
                    const std::string line = outcome.message.substr(0, outcome.message.find_last_not_of('\n') + 1);
                    CHECK(line.find('\n') == std::string::npos);
                    // Only a failed folder flush comes after the new content is in place: then the
                    // line says so (nobody repeats a change already made) and each file written
                    // is whole.
                    const bool in_place = outcome.message.find("the new version is in place") != std::string::npos;
                    if (in_place) {
                        CHECK(step == SaveStep::SyncFolder);
                        for (const auto& [file, bytes] : after)
                            if (file.ends_with(".mandalart.json") && (!before.count(file) || before.at(file) != bytes))
                                CHECK(load_plan_file(file).error.empty());
                        continue;
                    }
                    for (const auto& [file, bytes] : before) {
                        INFO(file);
                        REQUIRE(after.count(file));
                        CHECK(after.at(file) == bytes);
                    }
                    for (const auto& [file, bytes] : after) {
                        if (before.count(file)) continue;
                        INFO("new file " << file);
                        // Only a backup of the version being replaced, made before the write that failed.
                        CHECK(in_target_only);
                        const auto native = [](const std::string& p) { return path_text(file_path(p).lexically_normal()); };
                        CHECK(native(file).rfind(native(home.state + "/mandalart/backups/"), 0) == 0);
                    }
                }
        INFO(path.name);
        CHECK(reached.count(SaveStep::Open));
        CHECK(reached.count(SaveStep::Write));
        CHECK(reached.count(SaveStep::Close));
        CHECK(reached.count(SaveStep::Rename));
        CHECK(reached.count(SaveStep::Fsync) == (path.flushed ? 1u : 0u));
        if (path.flushed) CHECK(reached.count(SaveStep::SyncFolder));
    }
    return injected;
}

}  // namespace

TEST_CASE("the CLI's plan writes (set, check, new, import, restore, next, merge, the git merge driver) fail cleanly at every step") {
    record_figure("fault_sweep_cli_plans", sweep(Group::CliPlans));
}

TEST_CASE("the CLI's exports (md with its png, svg, pdf, png, csv, tidy-csv, ics) fail cleanly at every step") {
    record_figure("fault_sweep_cli_exports", sweep(Group::CliExports));
}

TEST_CASE("the editor's writes (save, save as, restore, next year, the crash journal, settings) fail cleanly at every step") {
    record_figure("fault_sweep_editor_plans", sweep(Group::EditorPlans));
}

TEST_CASE("the editor's exports (image, PDF, retrospective, reminder) fail cleanly at every step") {
    record_figure("fault_sweep_editor_exports", sweep(Group::EditorExports));
}
