#include "cli/args.hpp"

namespace mandalart::cli {

std::optional<std::string> Args::option(const std::string& name) const {
    const auto it = options.find(name);
    if (it == options.end()) return std::nullopt;
    return it->second;
}

std::string Args::choice(const std::string& name, const std::vector<std::string>& allowed, std::string& error) const {
    const std::string value = option(name).value_or(allowed.front());
    for (const std::string& a : allowed)
        if (value == a) return value;
    error = "unknown " + name + " \"" + value + "\"; use ";
    for (std::size_t i = 0; i < allowed.size(); ++i)
        error += allowed[i] + (i + 2 < allowed.size() ? ", " : i + 2 == allowed.size() ? " or " : "");
    return value;
}

Args parse_args(const std::vector<std::string>& argv, const ArgSpec& spec) {
    Args args;
    args.values = spec.values;
    bool options_done = false;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& given = argv[i];
        // A one-letter option is written -o as well as --o.
        const bool short_option = !options_done && given.size() == 2 && given[0] == '-' && spec.options.count(given.substr(1));
        const std::string a = short_option ? "-" + given : given;
        if (options_done || a.size() < 3 || a.rfind("--", 0) != 0) {
            if (a == "--") options_done = true;
            else args.positionals.push_back(a);
            continue;
        }
        std::string name = a.substr(2);
        std::optional<std::string> value;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name.resize(eq);
        }
        if (spec.flags.count(name)) {
            if (value) args.error = "--" + name + " takes no value";
            args.flags.insert(name);
        } else if (spec.options.count(name)) {
            if (!value) {
                if (i + 1 >= argv.size()) {
                    args.error = "--" + name + " needs a value";
                    return args;
                }
                value = argv[++i];
            }
            args.options[name] = *value;
        } else {
            args.error = "unknown option --" + name;
            return args;
        }
    }
    return args;
}

}  // namespace mandalart::cli
