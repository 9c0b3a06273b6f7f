#pragma once
// Command-line arguments of one subcommand: positionals, --option VALUE / --option=VALUE and --flags.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace mandalart::cli {

struct ArgSpec {
    std::set<std::string> options;  // take a value, e.g. "year"
    std::set<std::string> flags;    // no value, e.g. "example"
    // Options whose value is one of a few words, the first being the default ("format": text,
    // csv, json): what help, the man page and the shell completions offer, and choice() accepts.
    std::map<std::string, std::vector<std::string>> values;
};

struct Args {
    std::vector<std::string> positionals;
    std::map<std::string, std::string> options;
    std::set<std::string> flags;
    std::map<std::string, std::vector<std::string>> values;  // the spec's
    std::string error;  // a usage error, empty when the arguments parsed

    bool has(const std::string& flag) const { return flags.count(flag) > 0; }
    std::optional<std::string> option(const std::string& name) const;
    // --name's value, which must be one of `allowed` (the first is the default); otherwise
    // sets `error` to 'unknown NAME "VALUE"; use A, B or C'.
    std::string choice(const std::string& name, const std::vector<std::string>& allowed, std::string& error) const;
    // The same with the words the command's spec lists for --name.
    std::string choice(const std::string& name, std::string& error) const { return choice(name, values.at(name), error); }
};

Args parse_args(const std::vector<std::string>& argv, const ArgSpec& spec);

}  // namespace mandalart::cli
