// mandalart remind FILE [--install [--day sun] [--time 21:00] | --uninstall] [--lang ko|en]
#include <cstdlib>
#include <ostream>

#include "cli/commands_list.hpp"
#include "cli/language_choice.hpp"
#include "cli/plan_io.hpp"
#include "cli/programs.hpp"
#include "cli/reminder_time.hpp"
#include "core/week_left.hpp"
#include "storage/app_paths.hpp"
#include "storage/atomic_write.hpp"
#include "storage/checkin_units.hpp"

namespace mandalart::cli {
namespace {

// systemctl, or what MANDALART_SYSTEMCTL names (tests name one that finds no user manager).
std::string systemctl() {
    const char* chosen = std::getenv("MANDALART_SYSTEMCTL");
    return chosen != nullptr && chosen[0] != '\0' ? chosen : "systemctl";
}

// How long a notification waits for its click: 10 minutes (MANDALART_REMIND_WAIT seconds, for tests).
int reminder_wait_seconds() {
    const char* chosen = std::getenv("MANDALART_REMIND_WAIT");
    const int seconds = chosen != nullptr ? std::atoi(chosen) : 0;
    return seconds > 0 ? seconds : 600;
}

bool user_manager_reachable() { return run_program({systemctl(), "--user", "show-environment"}, true) == 0; }

const std::string kEnableHint = "systemctl --user daemon-reload && systemctl --user enable --now mandalart-checkin.timer";

int install(const std::string& plan_path, int weekday, int hour, int minute, Io& io) {
    const std::string folder = systemd_user_folder();
    if (const std::string problem = make_folders(io.fs, folder); !problem.empty()) {
        io.err << problem << "\n";
        return kBadInput;
    }
    const std::string timer = folder + "/" + kCheckinTimer, service = folder + "/" + kCheckinService;
    for (const auto& [path, text] : {std::pair{service, checkin_service_unit(this_program(), absolute_path(plan_path))},
                                     std::pair{timer, checkin_timer_unit(weekday, hour, minute)}}) {
        if (const std::string error = atomic_write(io.fs, path, text, Durability::PowerLoss, Privacy::Shared); !error.empty()) {
            io.err << error << "\n";
            return kBadInput;
        }
    }
    io.out << "wrote " << timer << " and " << service << "\n";
    if (user_manager_reachable() && run_program({systemctl(), "--user", "daemon-reload"}) == 0 &&
        run_program({systemctl(), "--user", "enable", "--now", kCheckinTimer}) == 0) {
        io.out << "the weekly check-in reminder is on (systemctl --user list-timers " << kCheckinTimer << ")\n";
    } else {
        io.out << "no user service manager answered here; to turn the reminder on: " << kEnableHint << "\n";
    }
    return kOk;
}

int uninstall(Io& io) {
    const std::string folder = systemd_user_folder();
    const bool reachable = user_manager_reachable();
    if (reachable) run_program({systemctl(), "--user", "disable", "--now", kCheckinTimer}, true);
    bool removed = false;
    for (const char* unit : {kCheckinTimer, kCheckinService}) removed |= io.fs.remove(folder + "/" + unit) == 0;
    if (reachable) run_program({systemctl(), "--user", "daemon-reload"}, true);
    io.out << (removed ? "the weekly check-in reminder is off (its units removed from " + folder + ")"
                       : "no weekly check-in reminder was installed")
           << "\n";
    return kOk;
}

}  // namespace

int run_remind(const Args& args, Io& io) {
    const Command& self = *find_command("remind");
    std::string error;
    const std::string day = args.choice("day", error);
    const std::optional<std::pair<int, int>> time = parse_clock(args.option("time").value_or("21:00"));
    if (!time) error = "--time wants a time like 21:00, got \"" + args.option("time").value_or("") + "\"";
    const Language language = choose_language(args, error);
    if (args.has("install") && args.has("uninstall")) error = "give --install or --uninstall, not both";
    if (!error.empty()) return usage_error(self, error, io);
    if (args.has("uninstall")) return uninstall(io);
    const auto plan = load_or_report(args.positionals[0], io);
    if (!plan) return kBadInput;
    if (args.has("install")) return install(args.positionals[0], weekday_number(day), time->first, time->second, io);
    // What the timer runs: a line only while this week still has something left.
    const IsoWeek now = iso_week_of(io.today);
    if (now.year != plan->year) return kOk;
    const std::string line = reminder_line(left_in_week(*plan, now.week), language);
    if (line.empty()) return kOk;
    io.out << line << "\n";  // for the journal, and all there is without a notification service
    if (io.desktop == nullptr) return kOk;
    const bool korean = language == Language::Korean;
    const Notification notification{korean ? "만다라트 체크인" : "Mandalart check-in", line, korean ? "체크인" : "Check in"};
    if (io.desktop->notify(notification, reminder_wait_seconds()) == Desktop::Answer::Action)
        io.desktop->launch({this_program(), absolute_path(args.positionals[0]), "--view", "checkin"});
    return kOk;
}

}  // namespace mandalart::cli
