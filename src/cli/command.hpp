#pragma once
// One subcommand of `mandalart`: its name, help text and what it runs.
#include <iosfwd>
#include <string>
#include <vector>

#include "cli/args.hpp"
#include "session/desktop.hpp"
#include "core/calendar.hpp"
#include "core/settings.hpp"
#include "storage/file_system.hpp"

namespace mandalart::cli {

enum ExitCode { kOk = 0, kBadInput = 1, kUsage = 2 };

struct Io {
    std::ostream& out;
    std::ostream& err;
    Date today;  // the CLI's view of the clock, passed in so commands stay testable
    FileSystem& fs;  // every write goes through it (tests inject failing disks and record crashes)
    Desktop* desktop = nullptr;  // notifications (remind); none: the line is only printed
    Language language = Language::English;  // what people read: --lang, else Korean under a Korean locale
};

struct Command {
    const char* name;
    const char* usage;    // e.g. "mandalart validate FILE"
    const char* summary;  // one line for `mandalart --help`
    const char* details;  // the rest of `mandalart help NAME`
    ArgSpec spec;
    std::size_t min_positionals;
    std::size_t max_positionals;
    int (*run)(const Args& args, Io& io);
    // What each positional is, for the shell completions: plan (a *.mandalart.json), new-plan,
    // cell (title, core, N, N.M), action (N.M), target, week, version, text, csv.
    const char* positionals = "";
};

const std::vector<Command>& commands();
const Command* find_command(const std::string& name);

// Prints "mandalart: MESSAGE" and the usage line to stderr; returns kUsage.
int usage_error(const Command& command, const std::string& message, Io& io);

}  // namespace mandalart::cli
