// SIGKILL a saving `mandalart set` at random moments, again and again. After every kill the plan
// must parse and be exactly the old or the new plan, whole, and the leftovers of killed
// saves must not pile up: at most one temporary file at a time, none after the next clean save.
//
// usage: kill_loop MANDALART_BINARY KILLS   (ten times as many with MANDALART_LONG=1)
// Prints the figures, records them for docs/RELIABILITY.md, exits 1 on any lost or corrupt file.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "../figures.hpp"
#include "storage/backups.hpp"
#include "storage/plan_file.hpp"
#include "storage/read_file.hpp"

using namespace mandalart;
namespace fs = std::filesystem;

namespace {

const char* g_binary = nullptr;

pid_t start(const std::vector<std::string>& args) {
    std::cout.flush();
    const pid_t pid = ::fork();
    if (pid == 0) {
        std::vector<char*> argv{const_cast<char*>(g_binary)};
        for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::execv(g_binary, argv.data());
        ::_exit(127);
    }
    return pid;
}

// Exit code, or 128 + signal.
int finish(pid_t pid) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int run(const std::vector<std::string>& args) { return finish(start(args)); }


int count_temps(const std::string& folder) {
    int n = 0;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(folder, ec))
        if (e.path().filename().string().find(".tmp-") != std::string::npos) ++n;
    return n;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: kill_loop MANDALART_BINARY KILLS\n";
        return 2;
    }
    g_binary = argv[1];
    const char* long_run = std::getenv("MANDALART_LONG");
    const long wanted = std::atol(argv[2]) * (long_run != nullptr && std::string(long_run) == "1" ? 10 : 1);
    char work_pattern[] = "/tmp/mandalart-kill-XXXXXX";
    const std::string work = ::mkdtemp(work_pattern);
    ::setenv("XDG_STATE_HOME", (work + "/state").c_str(), 1);
    const std::string plan = work + "/plans/2026.mandalart.json";
    fs::create_directories(work + "/plans");
    ::setenv("MANDALART_TODAY", "2026-12-20", 1);
    // A full year of check-ins: the biggest plan a user has, so a save takes longest.
    if (run({"new", plan, "--example", "--simulate", "--year", "2026"}) != 0) return 1;

    // The two plans the file may hold: core goal A or B (each run switches to the other). The bytes
    // differ from save to save (the lineage records what each replaced); the plan must be whole.
    const std::string texts[2] = {"흔들려도 끝까지 — A", "흔들려도 끝까지 — B"};
    Plan plans[2];
    const auto timer = std::chrono::steady_clock::now();
    for (int i = 0; i < 2; ++i) {
        if (run({"set", plan, "core", texts[i]}) != 0) return 1;
        plans[i] = load_plan_file(plan).plan;
    }
    const double run_us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - timer).count() / 2;
    std::cout << "a save takes about " << static_cast<int>(run_us / 1000) << " ms; plan is " << fs::file_size(plan) << " bytes\n";

    std::mt19937 random(20261122);
    std::uniform_int_distribution<int> delay(0, static_cast<int>(run_us * 1.2));
    long kills = 0, completed = 0, old_kept = 0, new_written = 0, failures = 0;
    int most_temps = 0;
    int current = 1;  // the file holds B
    const std::string backups = backup_folder_for(plan);
    while (kills < wanted) {
        const int target = 1 - current;
        const pid_t pid = start({"set", plan, "core", texts[target]});
        std::this_thread::sleep_for(std::chrono::microseconds(delay(random)));
        ::kill(pid, SIGKILL);
        const int code = finish(pid);
        if (code == 128 + SIGKILL) ++kills;
        else if (code == 0) ++completed;
        else {
            std::cerr << "FAIL: `set` exited " << code << " without being killed\n";
            ++failures;
        }
        const LoadedPlan loaded = load_plan_file(plan);
        if (!loaded.error.empty() || (loaded.plan != plans[0] && loaded.plan != plans[1])) {
            std::cerr << "FAIL: after kill " << kills << " the plan is neither the old nor the new content: " << loaded.error << "\n";
            ++failures;
            break;
        }
        const int holds = loaded.plan == plans[0] ? 0 : 1;
        if (code == 128 + SIGKILL) (holds == target ? new_written : old_kept) += 1;
        current = holds;
        most_temps = std::max({most_temps, count_temps(work + "/plans"), count_temps(backups)});
        if (most_temps > 1) {
            std::cerr << "FAIL: temporary files pile up (" << most_temps << ")\n";
            ++failures;
            break;
        }
    }
    // One clean save afterwards clears whatever the last kill left.
    if (run({"set", plan, "core", "마지막 저장"}) != 0) ++failures;
    const int temps_left = count_temps(work + "/plans") + count_temps(backups);
    if (temps_left != 0) {
        std::cerr << "FAIL: " << temps_left << " temporary files left after a clean save\n";
        ++failures;
    }
    const std::size_t backups_kept = list_backups(plan).size();
    std::cout << kills << " kills (" << old_kept << " left the old content, " << new_written << " the new), " << completed
              << " runs finished before their kill; at most " << most_temps << " temporary file at a time, " << temps_left
              << " after a clean save; " << backups_kept << " backups kept; " << failures << " failures\n";
    testing::record_figure("kills", kills);
    testing::record_figure("kills_old", old_kept);
    testing::record_figure("kills_new", new_written);
    testing::record_figure("kills_lost", failures);
    testing::record_figure("save_ms", static_cast<long long>(run_us / 1000));
    fs::remove_all(work);
    return failures == 0 && backups_kept <= kBackupsKept ? 0 : 1;
}
