// The crash-state explorer (issue 26): each write path runs once for real through a recording
// file system; every state a power cut could leave (crash_model.hpp) is then laid out on disk
// and opened as the owner would: the plan through the editor's session (a damaged plan takes
// the way back Enter takes), other files as they are. Whatever the state, the owner gets the
// version acknowledged last (the CLI exited 0, the editor said saved) or the one being written
// then, or unsaved edits from the crash journal; never less. The lock a dead process left, whole
// or damaged, never keeps the plan shut.
#include <catch2/catch.hpp>

#include "support/test_environment.hpp"

#include <unistd.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <sstream>

#include "../../figures.hpp"
#include "../../storage/temp_folder.hpp"
#include "cli/cli.hpp"
#include "core/example_plan.hpp"
#include "crash_model.hpp"
#include "session/plan_session.hpp"
#include "storage/app_paths.hpp"
#include "storage/atomic_write.hpp"
#include "storage/journal.hpp"
#include "storage/plan_file.hpp"
#include "storage/plan_json.hpp"
#include "storage/restore.hpp"
#include "storage/settings_file.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

constexpr Date kToday{2026, 3, 4};

struct Home {
    TempFolder root;
    std::string plans = root.file("plans"), state = root.file("state"), config = root.file("config");
    std::string plan = plans + "/2026.mandalart.json";

    Home() {
        mandalart::test::set_environment("XDG_STATE_HOME", state.c_str());
        REQUIRE(make_folders(real_file_system(), plans).empty());
        REQUIRE(make_folders(real_file_system(), config).empty());
    }
    ~Home() { mandalart::test::unset_environment("XDG_STATE_HOME"); }

    Tree tree() const {
        Tree t;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root.path())) {
            if (entry.is_directory()) t.folders.insert(entry.path().string());
            else if (entry.is_regular_file()) t.files[entry.path().string()] = read_all(entry.path().string());
        }
        return t;
    }
    // Lays a crash state out on disk in place of what is there.
    void lay_out(const CrashState& state) const {
        for (const auto& entry : std::filesystem::directory_iterator(root.path())) std::filesystem::remove_all(entry.path());
        for (const std::string& folder : state.folders) std::filesystem::create_directories(folder);
        for (const auto& [path, bytes] : state.files) write_file(path, bytes);
    }
    static void write_file(const std::string& path, const std::string& bytes) {
        std::ofstream(path, std::ios::binary) << bytes;
    }
};

int run_cli(Home&, FileSystem& fs, std::vector<std::string> args) {
    std::ostringstream out, err;
    const int code = cli::run(args, out, err, kToday, fs);
    INFO(err.str());
    CHECK(code == 0);
    return code;
}

std::unique_ptr<PlanSession> session_in(const Home& home, FileSystem& fs) {
    SessionOptions options;
    options.today = [] { return kToday; };
    options.file_system = &fs;
    options.data_folder = home.plans;
    options.remember_file = [](const std::string&) {};
    return std::make_unique<PlanSession>(options);
}

std::string identity(const Plan& plan) { return encode_plan(plan); }
const std::string kAbsent = "(no file)";

// What the owner gets on opening the plan in the editor: the plan, or what Enter brings back
// when it is damaged or gone; with `accept_recovery`, taking the unsaved changes it offers back.
// A plan never written (nothing kept of it) reads as kAbsent.
std::string recovered_plan(const Home& home, const std::string& path, bool accept_recovery = false) {
    if (!file_exists(path) && !gone_with_versions(path)) return kAbsent;
    auto session = session_in(home, real_file_system());
    if (const std::string error = session->open(path, false, Language::Korean); !error.empty()) return "(does not open: " + error + ")";
    if (const auto& damaged = session->damaged()) {
        if (damaged->best() < 0) return "(damaged, no way back: " + damaged->error + ")";
        if (const std::string error = session->restore_damaged(damaged->best(), Language::Korean); !error.empty())
            return "(the way back failed: " + error + ")";
    }
    if (session->document().read_only()) return "(open read-only: " + session->notice().detail + ")";
    if (accept_recovery && session->recovery_pending()) session->recover(1.0);
    return identity(session->document().plan());
}

std::string raw_file(const std::string& path) { return file_exists(path) ? read_all(path) : kAbsent; }

// A lock left by the process the cut killed: none, empty, zeros, cut short, or whole (naming a
// process of this host that is gone). Each state gets one, in turn.
void leave_lock(const std::string& plan, std::size_t n) {
    const std::string lock = parent_folder(plan) + "/." + std::filesystem::path(plan).filename().string() + ".lock";
    const std::string host = this_host();
    const std::string whole = std::string("{\"host\":\"") + host + "\",\"pid\":2147480000,\"program\":\"mandalart editor\",\"since\":\"2026-03-04 21:40\"}\n";
    switch (n % 5) {
        case 0: return;
        case 1: Home::write_file(lock, ""); return;
        case 2: Home::write_file(lock, std::string(64, '\0')); return;
        case 3: Home::write_file(lock, whole.substr(0, 20)); return;
        default: Home::write_file(lock, whole); return;
    }
}

struct Watched {
    std::string path;
    bool plan;  // opened as the editor opens a plan; otherwise its bytes
    // Only that these bytes are still somewhere in the home (a conflict copy merged and moved
    // into the backups): read as kKept or kLost.
    std::string kept_bytes = {};
};

const std::string kKept = "(kept)", kLost = "(lost)";

std::string somewhere(const Home& home, const std::string& bytes) {
    for (const auto& [path, content] : home.tree().files)
        if (content == bytes) return kKept;
    return kLost;
}

struct Scenario {
    const char* name;
    const char* figure;
    std::function<void(Home&)> prepare;
    std::vector<Watched> watched;  // paths under the home (filled in by prepare's caller)
    // Each step writes through `fs` and returns whether it told its user it was done.
    std::vector<std::function<bool(Home&, RecordingFileSystem&)>> steps;
};

struct Found {
    std::size_t states = 0, operations = 0;
    std::vector<std::string> failures;
};

// Runs a scenario for real, then checks every crash state of what it did.
Found explore(Scenario scenario, const std::function<std::vector<Watched>(const Home&)>& watched_in, bool strict) {
    Home home;
    scenario.prepare(home);
    const std::vector<Watched> watched = watched_in(home);
    const Tree before = home.tree();
    const auto read_watched = [&](std::size_t w) {
        if (!watched[w].kept_bytes.empty()) return somewhere(home, watched[w].kept_bytes);
        return watched[w].plan ? recovered_plan(home, watched[w].path) : raw_file(watched[w].path);
    };
    // While the run goes on (its editor may hold the lock), a plan is read as it is.
    const auto read_live = [&](std::size_t w) {
        if (!watched[w].kept_bytes.empty()) return somewhere(home, watched[w].kept_bytes);
        if (!watched[w].plan) return raw_file(watched[w].path);
        const LoadedPlan loaded = load_plan_file(watched[w].path);
        return loaded.missing ? kAbsent : loaded.error.empty() ? identity(loaded.plan) : "(does not read: " + loaded.error + ")";
    };
    // versions[a][w]: watched file w after `a` acknowledged steps. Unsaved edits the journal held
    // along the way are as good as the version after them.
    std::vector<std::vector<std::string>> versions(1);
    // Unsaved edits the journal held, by the acknowledged saves before them: as good as a
    // version only when no acknowledged save came after them.
    std::map<std::string, std::size_t> journaled;
    for (std::size_t w = 0; w < watched.size(); ++w) versions[0].push_back(read_live(w));
    RecordingFileSystem fs;
    for (const auto& step : scenario.steps) {
        const bool acknowledged = step(home, fs);
        for (const Watched& w : watched)
            if (w.plan)
                if (const auto journal = read_journal(w.path)) journaled[identity(journal->plan)] = versions.size() - 1;
        if (!acknowledged) continue;
        fs.acknowledge();
        versions.emplace_back();
        for (std::size_t w = 0; w < watched.size(); ++w) versions.back().push_back(read_live(w));
    }
    const Tree after = home.tree();

    Found found;
    found.operations = fs.ops.size();
    if (std::getenv("MANDALART_CRASH_OPS"))  // to read a failure: the operations, numbered as the messages number them
        for (std::size_t i = 0; i < fs.ops.size(); ++i)
            std::fprintf(stderr, "%zu %d %s %s file %d (%zu bytes)\n", i + 1, static_cast<int>(fs.ops[i].kind), fs.ops[i].path.c_str(),
                         fs.ops[i].to.c_str(), fs.ops[i].file, fs.ops[i].data.size());
    const std::vector<CrashState> states = crash_states(before, fs.ops, strict);
    found.states = states.size();
    for (std::size_t n = 0; n < states.size(); ++n) {
        const CrashState& state = states[n];
        home.lay_out(state);
        for (const Watched& w : watched)
            if (w.plan) leave_lock(w.path, n);
        const std::size_t a = static_cast<std::size_t>(state.acknowledged);
        for (std::size_t w = 0; w < watched.size(); ++w)
            for (const bool accept : {false, true}) {
            if (accept && !watched[w].plan) continue;
            // Declining the unsaved changes offered back, and taking them: both must lose nothing.
            const std::string got = accept ? recovered_plan(home, watched[w].path, true) : read_watched(w);
            const bool acknowledged_version = got == versions[a][w];
            const bool in_flight = a + 1 < versions.size() && got == versions[a + 1][w];
            const bool from_journal = watched[w].plan && journaled.count(got) > 0 && journaled.at(got) >= a;
            if (acknowledged_version || in_flight || from_journal) continue;
            found.failures.push_back(std::string(scenario.name) + ": after " + std::to_string(state.prefix) + " of " +
                                     std::to_string(fs.ops.size()) + " operations (" + std::to_string(a) +
                                     " acknowledged), " + state.how + ": " + watched[w].path +
                                     (accept ? " with its unsaved changes taken back" : "") + " gave " + got.substr(0, 160));
            }
    }
    (void)after;
    return found;
}

void check(Scenario scenario, const std::function<std::vector<Watched>(const Home&)>& watched_in) {
    std::size_t states = 0, operations = 0;
    for (const bool strict : {false, true}) {
        const Found found = explore(scenario, watched_in, strict);
        states += found.states;
        operations = found.operations;
        for (const std::string& failure : found.failures) FAIL_CHECK(failure);
    }
    record_figure(std::string("crash_states_") + scenario.figure, static_cast<long long>(states));
    record_figure(std::string("crash_ops_") + scenario.figure, static_cast<long long>(operations));
    WARN(scenario.name << ": " << operations << " operations, " << states << " crash states");
}

Plan version(int n) {
    Plan plan = make_example_plan(2026);
    plan.core = "버전 " + std::to_string(n);
    return plan;
}

// A plan with `kept` earlier versions, so a save also drops the oldest.
void plan_with_versions(const Home& home, int kept) {
    for (int n = 0; n <= kept; ++n) REQUIRE(save_plan_file(home.plan, version(-n - 1), real_file_system()).empty());
}

std::vector<Watched> the_plan(const Home& home) { return {{home.plan, true}}; }

// Each export format and the file it writes (the retrospective writes its chart beside it too).
const std::vector<std::pair<std::string, std::string>> kExports = {
    {"md", "retrospective.md"}, {"pdf", "chart.pdf"}, {"png", "chart.png"}, {"svg", "chart.svg"},
    {"csv", "chart.csv"},       {"tidy-csv", "weeks.csv"}, {"ics", "reminder.ics"}};

}  // namespace

TEST_CASE("crash states: plan saves from the command line, with the backups and their rotation") {
    Scenario s{"plan save (mandalart set x3, 10 versions kept)", "cli_save", [](Home& h) { plan_with_versions(h, 10); }, {}, {}};
    for (int n = 1; n <= 3; ++n)
        s.steps.push_back([n](Home& h, RecordingFileSystem& fs) { return run_cli(h, fs, {"set", h.plan, "core", "버전 " + std::to_string(n)}) == 0; });
    check(s, the_plan);
}

TEST_CASE("crash states: the editor's crash journal, saves and quitting with unsaved edits") {
    Scenario s{"editor (journal, save, journal, save, journal)", "editor", [](Home& h) { plan_with_versions(h, 2); }, {}, {}};
    auto session = std::make_shared<std::unique_ptr<PlanSession>>();
    for (int n = 1; n <= 3; ++n) {
        s.steps.push_back([session, n](Home& h, RecordingFileSystem& fs) {
            if (!*session) {
                *session = session_in(h, fs);
                REQUIRE((*session)->open(h.plan, false, Language::Korean).empty());
            }
            (*session)->apply(SetText{CellAddress::core(), "편집 " + std::to_string(n)}, 10.0 * n);
            (*session)->tick(10.0 * n + 1.2);  // the journal is written (before the autosave is due)
            REQUIRE(read_journal(h.plan));
            REQUIRE((*session)->document().dirty());  // not saved: nothing said
            (*session)->apply(SetText{CellAddress::goal(1), "저널 뒤의 편집 " + std::to_string(n)}, 10.0 * n + 1.3);  // saved, never journaled
            return false;
        });
        if (n == 3) break;  // the power goes before the third is saved
        s.steps.push_back([session, n](Home&, RecordingFileSystem&) { return (*session)->save(10.0 * n + 3.0); });
    }
    s.steps.push_back([session](Home&, RecordingFileSystem&) {
        session->reset();  // no close(): the power went
        return false;
    });
    check(s, the_plan);
}

TEST_CASE("crash states: restore, next year's plan, merge and the git merge driver") {
    Scenario s{"restore, next, merge, merge driver", "restore_next_merge", [](Home& h) {
                   plan_with_versions(h, 3);
                   Plan theirs = version(-1);
                   theirs.title = "다른 기계의 제목";
                   REQUIRE(save_plan_file(h.plans + "/theirs.mandalart.json", theirs, real_file_system()).empty());
                   REQUIRE(save_plan_file(h.plans + "/base.mandalart.json", version(-1), real_file_system()).empty());
                   REQUIRE(save_plan_file(h.plans + "/ours.mandalart.json", version(-2), real_file_system()).empty());
               }, {}, {}};
    s.steps.push_back([](Home& h, RecordingFileSystem& fs) { return run_cli(h, fs, {"restore", h.plan, "1"}) == 0; });
    s.steps.push_back([](Home& h, RecordingFileSystem& fs) { return run_cli(h, fs, {"next", h.plan, "-o", h.plans + "/2027.mandalart.json"}) == 0; });
    s.steps.push_back([](Home& h, RecordingFileSystem& fs) {
        return run_cli(h, fs, {"merge", h.plan, h.plans + "/theirs.mandalart.json", "--base", h.plans + "/base.mandalart.json"}) == 0;
    });
    s.steps.push_back([](Home& h, RecordingFileSystem& fs) {
        return run_cli(h, fs, {"merge-driver", h.plans + "/base.mandalart.json", h.plans + "/ours.mandalart.json", h.plans + "/theirs.mandalart.json"}) == 0;
    });
    check(s, [](const Home& h) {
        return std::vector<Watched>{{h.plan, true}, {h.plans + "/2027.mandalart.json", true}, {h.plans + "/ours.mandalart.json", true}};
    });
}

TEST_CASE("crash states: a first start makes the data folder and this year's plan") {
    Scenario s{"first start (data folder and plan made)", "first_start", [](Home&) {}, {}, {}};
    s.steps.push_back([](Home& h, RecordingFileSystem& fs) {
        SessionOptions options;
        options.today = [] { return kToday; };
        options.file_system = &fs;
        options.data_folder = h.root.file("data/mandalart");
        options.remember_file = [](const std::string&) {};
        PlanSession first(options);
        REQUIRE(first.open_default({}, Language::Korean, true).empty());
        REQUIRE(first.first_run());
        return first.start_first_plan(2026, false, Language::Korean).empty();
    });
    check(s, [](const Home& h) { return std::vector<Watched>{{h.root.file("data/mandalart/2026.mandalart.json"), true}}; });
}

TEST_CASE("crash states: every export and the settings") {
    Scenario s{"exports and settings", "exports", [](Home& h) { plan_with_versions(h, 0); }, {}, {}};
    for (const auto& [format, name] : kExports)
        s.steps.push_back([format, name](Home& h, RecordingFileSystem& fs) {
            return run_cli(h, fs, {"export", h.plan, "--format", format, "-o", h.plans + "/" + name}) == 0;
        });
    s.steps.push_back([](Home& h, RecordingFileSystem& fs) {
        Settings settings;
        settings.language = Language::English;
        return save_settings(h.config + "/settings.json", settings, fs).empty();
    });
    check(s, [](const Home& h) {
        std::vector<Watched> watched{{h.plans + "/retrospective.png", false}, {h.config + "/settings.json", false}};
        for (const auto& [format, name] : kExports) watched.push_back({h.plans + "/" + name, false});
        return watched;
    });
}

TEST_CASE("crash states: a sync tool's conflict copy merged into the plan and moved into the backups") {
    static const std::string copy_name = "2026.mandalart.sync-conflict-20260310-101500-ABCDEFG.json";
    static std::string copy_bytes;
    Scenario s{"conflict copy merged", "conflict_copy", [](Home& h) {
                   plan_with_versions(h, 1);
                   Plan theirs = version(-1);
                   theirs.title = "다른 기계에서 바꾼 제목";
                   REQUIRE(save_plan_file(h.plans + "/" + copy_name, theirs, real_file_system()).empty());
                   copy_bytes = read_all(h.plans + "/" + copy_name);
               }, {}, {}};
    s.steps.push_back([](Home& h, RecordingFileSystem& fs) {
        auto session = session_in(h, fs);
        REQUIRE(session->open(h.plan, false, Language::Korean).empty());
        session->merge_copy(h.plans + "/" + copy_name, 1.0);
        REQUIRE(session->notice().kind == Notice::Kind::Merged);
        return true;
    });
    check(s, [](const Home& h) { return std::vector<Watched>{{h.plan, true}, {h.plans + "/" + copy_name, false, copy_bytes}}; });
}
