// mandalart conflicts FILE [N|all --keep mine|theirs]
#include <ostream>

#include "cli/commands_list.hpp"
#include "cli/conflict_lines.hpp"
#include "cli/plan_io.hpp"

namespace mandalart::cli {
namespace {

// Conflict numbers (from 1) named by `which`: one number, or "all"; empty with `error` set otherwise.
std::vector<std::size_t> chosen(const std::string& which, const Plan& plan, std::string& error) {
    const std::size_t count = plan.conflicts.size();
    std::vector<std::size_t> out;
    if (which == "all") {
        for (std::size_t n = count; n >= 1; --n) out.push_back(n);  // last first: the numbers before stay put
    } else if (!which.empty() && which.find_first_not_of("0123456789") == std::string::npos && which.size() < 6 &&
               std::stoul(which) >= 1 && std::stoul(which) <= count) {
        out.push_back(std::stoul(which));
    }
    if (count == 0) error = "the plan holds no conflicts";
    else if (out.empty()) error = "no conflict \"" + which + "\"; use a number from 1 to " + std::to_string(count) + " or all";
    return out;
}

}  // namespace

int run_conflicts(const Args& args, Io& io) {
    const std::string& path = args.positionals[0];
    const auto keep = args.option("keep");
    if (args.positionals.size() == 1) {
        if (keep) return usage_error(*find_command("conflicts"), "--keep needs the conflict's number (or all)", io);
        const auto plan = load_or_report(path, io);
        if (!plan) return kBadInput;
        if (plan->conflicts.empty()) io.out << "no conflicts\n";
        print_conflicts(io.out, *plan, plan->conflicts);
        return kOk;
    }
    if (!keep) return usage_error(*find_command("conflicts"), "say which value to keep: --keep mine or --keep theirs", io);
    std::string error;
    const bool theirs = args.choice("keep", error) == "theirs";
    if (!error.empty()) return usage_error(*find_command("conflicts"), error, io);
    std::size_t resolved = 0;
    const auto make = [&](const Plan& plan, std::vector<Edit>& edits) {
        std::string problem;  // why the number names no conflict
        for (const std::size_t n : chosen(args.positionals[1], plan, problem)) edits.push_back(ResolveConflict{n - 1, theirs});
        resolved = edits.size();
        return problem;
    };
    const auto done = [&](const Plan& plan) {
        io.out << resolved << (resolved == 1 ? " conflict" : " conflicts") << " resolved (" << (theirs ? "theirs taken" : "mine kept")
               << "); " << plan.conflicts.size() << " left\n";
    };
    return edit_file(path, make, io, done);
}

}  // namespace mandalart::cli
