#include "cli/cli.hpp"

#include <algorithm>
#include <ostream>
#include <sys/stat.h>

#include "cli/command.hpp"
#include "cli/reference.hpp"
#include "storage/app_paths.hpp"
#include "storage/default_plan.hpp"
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
        "FILE may be left out: the plan the editor last opened, else this year's plan in\n"
        "~/.local/share/mandalart (mandalart status, mandalart check 1.1, mandalart report).\n"
        "While the editor has the plan open, changes go through the editor.\n\n"
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

// Whether a command's first argument is one plan that may be left out (not merge's two).
bool plan_may_be_left_out(const Command& command) {
    const std::string kinds = command.positionals;
    return kinds.rfind("plan", 0) == 0 && kinds.rfind("plan plan", 0) != 0;
}

bool looks_like_plan(const std::string& arg) {
    const std::string json = ".json";
    return file_exists(arg) || arg.find('/') != std::string::npos ||
           (arg.size() >= json.size() && arg.compare(arg.size() - json.size(), json.size(), json) == 0);
}

// FILE left out: the plan the editor last opened, else this year's in the data folder. False
// (after saying where it looked) when a plan is needed and none is found.
bool fill_in_plan(const Command& command, Args& args, Io& io) {
    if (!plan_may_be_left_out(command)) return true;
    const std::vector<std::string>& given = args.positionals;
    if (given.size() + 1 < command.min_positionals) return true;  // more than FILE is missing: a usage error
    if (!given.empty() && looks_like_plan(given[0])) return true;
    const bool missing = given.size() < command.min_positionals || (!given.empty() && given.size() < command.max_positionals);
    if (!missing) return true;
    const DefaultPlan found = find_default_plan(config_folder() + "/settings.json", data_folder(), io.today);
    if (found.path.empty()) {
        std::string looked;
        for (const std::string& place : found.looked) looked += (looked.empty() ? "" : ", ") + place;
        io.err << "mandalart: no plan named and none found (looked in " << looked << "); name FILE, or make one with mandalart new\n";
        return false;
    }
    args.positionals.insert(args.positionals.begin(), found.path);
    return true;
}

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
    Args parsed = parse_args(rest, command->spec);
    if (!parsed.error.empty()) return usage_error(*command, parsed.error, io);
    if (!fill_in_plan(*command, parsed, io)) return kBadInput;
    if (parsed.positionals.size() < command->min_positionals) return usage_error(*command, "missing arguments", io);
    if (parsed.positionals.size() > command->max_positionals)
        return usage_error(*command, "too many arguments (quote TEXT that contains spaces)", io);
    return command->run(parsed, io);
}

}  // namespace mandalart::cli
