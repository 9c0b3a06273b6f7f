// mandalart remind FILE [--install [--day sun] [--time 21:00] | --uninstall] [--lang ko|en]
#include <cstdlib>
#include <ostream>

#include "cli/commands_list.hpp"
#include "cli/language_choice.hpp"
#include "cli/plan_io.hpp"
#include "cli/reminder_time.hpp"
#include "core/week_left.hpp"
#include "storage/app_paths.hpp"
#include "storage/checkin_units.hpp"

namespace mandalart::cli {
namespace {

// How long a notification waits for its click: 10 minutes (MANDALART_REMIND_WAIT seconds, for tests).
int reminder_wait_seconds() {
    const char* chosen = std::getenv("MANDALART_REMIND_WAIT");
    const int seconds = chosen != nullptr ? std::atoi(chosen) : 0;
    return seconds > 0 ? seconds : 600;
}

// What setting the reminder did, said on the command line.
int report(const Desktop::Outcome& outcome, Io& io) {
    using Kind = Desktop::Outcome::Kind;
    switch (outcome.kind) {
        case Kind::On:
            io.out << "the weekly check-in reminder is on (" << kCheckinTimer << " in " << outcome.detail << ")\n";
            return kOk;
        case Kind::Written:
            io.out << "wrote " << kCheckinTimer << " and " << kCheckinService << " in " << systemd_user_folder()
                   << "; no user service manager answered here; to turn the reminder on: " << outcome.detail << "\n";
            return kOk;
        case Kind::Removed:
            io.out << "the weekly check-in reminder is off (its units removed from " << outcome.detail << ")\n";
            return kOk;
        case Kind::NoneSet: io.out << "no weekly check-in reminder was installed\n"; return kOk;
        case Kind::Failed: break;
    }
    io.err << outcome.detail << "\n";
    return kBadInput;
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
    if ((args.has("install") || args.has("uninstall")) && io.desktop == nullptr) {
        io.err << "mandalart: no desktop to set a reminder on here\n";
        return kBadInput;
    }
    if (args.has("uninstall")) return report(io.desktop->set_weekly_reminder(std::nullopt, io.fs), io);
    const auto plan = load_or_report(args.positionals[0], io);
    if (!plan) return kBadInput;
    if (args.has("install"))
        return report(io.desktop->set_weekly_reminder(WeeklyReminder{absolute_path(args.positionals[0]), weekday_number(day), time->first, time->second}, io.fs), io);
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
        io.desktop->launch({io.desktop->program(), absolute_path(args.positionals[0]), "--view", "checkin"});
    return kOk;
}

}  // namespace mandalart::cli
