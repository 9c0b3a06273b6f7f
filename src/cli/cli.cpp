#include "cli/cli.hpp"

#include <algorithm>
#include <ostream>
#include <sys/stat.h>

#include "cli/command.hpp"
#include "cli/reference.hpp"
#include "version.hpp"

namespace mandalart::cli {

std::string general_help() {
    std::string text =
        "mandalart " MANDALART_VERSION " - plan your year on a 9x9 Mandalart (만다라트)\n\n"
        "usage: mandalart [FILE]                 open the editor\n"
        "       mandalart COMMAND [ARGS...]      work on a plan from the command line\n\n"
        "commands:\n";
    std::size_t width = std::string("help").size();
    for (const Command& c : commands()) width = std::max(width, std::string(c.name).size());
    const auto line = [&](std::string name, const std::string& summary) {
        name.resize(width + 2, ' ');
        text += "  " + name + summary + "\n";
    };
    for (const Command& c : commands()) line(c.name, c.summary);
    line("help", "show help for a command: mandalart help COMMAND");
    text +=
        "\n"
        "options: --help, --version\n"
        "exit codes: 0 ok, 1 bad input or file, 2 usage\n"
        "file format: docs/FORMAT.md\n";
    return text;
}

bool wants_cli(const std::vector<std::string>& args) {
    if (args.empty()) return false;
    const std::string& first = args[0];
    if (first == "--help" || first == "-h" || first == "--version" || first == "help" || find_command(first)) return true;
    if (first.rfind("-", 0) == 0) return false;  // options for the editor
    // A bare word that is not a path is a mistyped command, not a plan to open.
    struct stat st {};
    return first.find_first_of("/.") == std::string::npos && ::stat(first.c_str(), &st) != 0;
}

namespace {

int command_help(const std::string& name, Io& io) {
    const Command* c = find_command(name);
    if (!c) {
        io.err << "mandalart: no command \"" << name << "\"\n\n" << general_help();
        return kUsage;
    }
    io.out << "usage: " << c->usage << "\n\n" << c->summary << "\n\n" << c->details << "\n";
    return kOk;
}

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Date& today, FileSystem& fs,
        Desktop* desktop) {
    Io io{out, err, today, fs, desktop};
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        out << general_help();
        return kOk;
    }
    if (args[0] == "--version") {
        out << "mandalart " MANDALART_VERSION "\n";
        return kOk;
    }
    if (args[0] == "help") {
        if (args.size() < 2) {
            out << general_help();
            return kOk;
        }
        if (args[1] == "--man") {
            out << man_page();
            return kOk;
        }
        if (args[1] == "--completion") {
            const std::string shell = args.size() > 2 ? args[2] : "";
            if (shell != "bash" && shell != "zsh") {
                err << "mandalart: help --completion wants bash or zsh\n";
                return kUsage;
            }
            out << (shell == "bash" ? bash_completion() : zsh_completion());
            return kOk;
        }
        return command_help(args[1], io);
    }
    const Command* command = find_command(args[0]);
    if (!command) {
        err << "mandalart: no command \"" << args[0] << "\"\n\n" << general_help();
        return kUsage;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    for (const std::string& a : rest)
        if (a == "--help" || a == "-h") return command_help(command->name, io);
    const Args parsed = parse_args(rest, command->spec);
    if (!parsed.error.empty()) return usage_error(*command, parsed.error, io);
    if (parsed.positionals.size() < command->min_positionals) return usage_error(*command, "missing arguments", io);
    if (parsed.positionals.size() > command->max_positionals)
        return usage_error(*command, "too many arguments (quote TEXT that contains spaces)", io);
    return command->run(parsed, io);
}

}  // namespace mandalart::cli
