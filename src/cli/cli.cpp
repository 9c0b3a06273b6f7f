#include "cli/cli.hpp"

#include <algorithm>
#include <cstdlib>
#include <ostream>

#include "cli/command.hpp"
#include "cli/help_ko.hpp"
#include "cli/reference.hpp"
#include "cli/words.hpp"
#include "storage/user_language.hpp"
#include "storage/app_paths.hpp"
#include "storage/default_plan.hpp"
#include "version.hpp"

namespace mandalart::cli {

std::string general_help(Language l) {
    const bool ko = l == Language::Korean;
    std::string text =
        ko ? "mandalart " MANDALART_VERSION " - 9×9 만다라트로 한 해를 계획합니다\n\n"
             "사용법: mandalart [FILE]                 편집기를 엽니다\n"
             "        mandalart 명령 [인자...]         명령줄에서 계획을 다룹니다\n\n"
             "명령:\n"
           : "mandalart " MANDALART_VERSION " - plan your year on a 9x9 Mandalart (만다라트)\n\n"
             "usage: mandalart [FILE]                 open the editor\n"
             "       mandalart COMMAND [ARGS...]      work on a plan from the command line\n\n"
             "commands:\n";
    std::size_t width = std::string("help").size();
    for (const Command& c : commands()) width = std::max(width, std::string(c.name).size());
    const auto line = [&](std::string name, const std::string& summary) {
        name.resize(width + 2, ' ');
        text += "  " + name + summary + "\n";
    };
    for (const Command& c : commands()) line(c.name, ko ? korean_help(c.name)->summary : c.summary);
    line("help", ko ? "명령의 도움말: mandalart help 명령" : "show help for a command: mandalart help COMMAND");
    text += ko ? "\n"
                 "FILE은 빼도 됩니다: 편집기가 마지막으로 연 계획, 없으면 ~/.local/share/mandalart의 올해 계획\n"
                 "(mandalart status, mandalart check 1.1, mandalart report). 편집기가 계획을 열고 있으면 바꾸는\n"
                 "명령은 편집기를 거쳐 반영됩니다.\n\n"
                 "옵션: --help, --version, --lang ko|en (기본: 로캘)\n"
                 "종료 코드: 0 성공, 1 잘못된 입력이나 파일, 2 사용법 오류\n"
                 "파일 형식: docs/FORMAT.md\n"
               : "\n"
                 "FILE may be left out: the plan the editor last opened, else this year's plan in\n"
                 "~/.local/share/mandalart (mandalart status, mandalart check 1.1, mandalart report).\n"
                 "While the editor has the plan open, changes go through the editor.\n\n"
                 "options: --help, --version, --lang ko|en (default: the locale)\n"
                 "exit codes: 0 ok, 1 bad input or file, 2 usage\n"
                 "file format: docs/FORMAT.md\n";
    return text;
}

namespace {

// How many arguments from `i` are a --lang option ("--lang ko" 2, "--lang=en" 1, else 0), with its value.
std::size_t language_option(const std::vector<std::string>& args, std::size_t i, std::string& value) {
    if (args[i] == "--lang" && i + 1 < args.size()) {
        value = args[i + 1];
        return 2;
    }
    if (args[i].rfind("--lang=", 0) == 0) {
        value = args[i].substr(7);
        return 1;
    }
    return 0;
}

// The arguments without a leading --lang ko|en (it may come before the command).
std::vector<std::string> after_language(const std::vector<std::string>& args) {
    std::size_t i = 0;
    std::string value;
    while (i < args.size())
        if (const std::size_t taken = language_option(args, i, value); taken > 0) i += taken;
        else break;
    return {args.begin() + static_cast<std::ptrdiff_t>(i), args.end()};
}

}  // namespace

bool wants_cli(const std::vector<std::string>& given) {
    const std::vector<std::string> args = after_language(given);
    if (args.empty()) return false;  // only --lang: the editor, in that language
    const std::string& first = args[0];
    if (first == "--help" || first == "-h" || first == "--version" || first == "help" || find_command(first)) return true;
    if (first.rfind("-", 0) == 0) return false;  // options for the editor
    // A bare word that is not a path is a mistyped command, not a plan to open.
    return first.find_first_of("/.") == std::string::npos && !file_exists(first);
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
        io.err << "mandalart: "
               << words(io.language, "계획을 지정하지 않았고 찾지도 못했습니다 (찾아본 곳: " + looked + "). FILE을 지정하거나 mandalart new로 만드세요",
                        "no plan named and none found (looked in " + looked + "); name FILE, or make one with mandalart new")
               << "\n";
        return false;
    }
    args.positionals.insert(args.positionals.begin(), found.path);
    return true;
}

int command_help(const std::string& name, Io& io) {
    const Command* c = find_command(name);
    if (!c) {
        io.err << "mandalart: " << words(io.language, "\"" + name + "\" 명령은 없습니다", "no command \"" + name + "\"") << "\n\n"
               << general_help(io.language);
        return kUsage;
    }
    if (io.language == Language::Korean) {
        const KoreanHelp* ko = korean_help(name);
        io.out << "사용법: " << c->usage << "\n\n" << ko->summary << "\n\n" << ko->details << "\n";
        return kOk;
    }
    io.out << "usage: " << c->usage << "\n\n" << c->summary << "\n\n" << c->details << "\n";
    return kOk;
}

// The language people read: --lang ko|en anywhere (taken out of `args` unless the command has a
// --lang of its own), else Korean under a Korean locale, English otherwise.
Language take_language(std::vector<std::string>& args, bool keep) {
    Language language = user_language();
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string value;
        const std::size_t taken = language_option(args, i, value);
        if (taken == 0 || (value != "ko" && value != "en")) continue;
        language = value == "ko" ? Language::Korean : Language::English;
        if (!keep) {
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i), args.begin() + static_cast<std::ptrdiff_t>(i + taken));
            --i;
        }
    }
    return language;
}

}  // namespace

int run(const std::vector<std::string>& given, std::ostream& out, std::ostream& err, const Date& today, FileSystem& fs,
        Desktop* desktop) {
    std::vector<std::string> args = given;
    const std::vector<std::string> rest_of_line = after_language(given);
    const Command* named = rest_of_line.empty() ? nullptr : find_command(rest_of_line[0]);
    const Language language = take_language(args, named != nullptr && named->spec.options.count("lang") > 0);
    Io io{out, err, today, fs, desktop, language};
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        out << general_help(language);
        return kOk;
    }
    if (args[0] == "--version") {
        out << "mandalart " MANDALART_VERSION "\n";
        return kOk;
    }
    if (args[0] == "help") {
        if (args.size() < 2) {
            out << general_help(language);
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
    if (!command) return command_help(args[0], io);
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    for (const std::string& a : rest)
        if (a == "--help" || a == "-h") return command_help(command->name, io);
    Args parsed = parse_args(rest, command->spec);
    if (!parsed.error.empty()) return usage_error(*command, parsed.error, io);
    if (!fill_in_plan(*command, parsed, io)) return kBadInput;
    if (parsed.positionals.size() < command->min_positionals)
        return usage_error(*command, words(io.language, "인자가 모자랍니다", "missing arguments"), io);
    if (parsed.positionals.size() > command->max_positionals)
        return usage_error(*command,
                           words(io.language, "인자가 너무 많습니다 (빈칸이 있는 글은 따옴표로 감싸세요)",
                                 "too many arguments (quote TEXT that contains spaces)"),
                           io);
    return command->run(parsed, io);
}

}  // namespace mandalart::cli
