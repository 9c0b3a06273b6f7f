#pragma once
// `mandalart COMMAND ...`: the command-line half of the program.
#include <iosfwd>
#include <string>
#include <vector>

#include "session/desktop.hpp"
#include "core/calendar.hpp"
#include "core/settings.hpp"
#include "storage/file_system.hpp"

namespace mandalart::cli {

// Whether these arguments ask for the CLI (a subcommand, --help, --version) rather than the GUI.
bool wants_cli(const std::vector<std::string>& args);

// Runs the CLI; `args` excludes the program name. Returns the exit code.
// `desktop`: the platform's notifications (nullptr: none).
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Date& today, FileSystem& fs,
        Desktop* desktop = nullptr);

std::string general_help(Language language = Language::English);

}  // namespace mandalart::cli
