// mandalart git-setup             (in a git repository: plans merge through mandalart)
// mandalart merge-driver O A B    (what git runs: %O base, %A ours and the result, %B theirs)
#include <ostream>
#include <vector>

#include "cli/commands_list.hpp"
#include "cli/conflict_lines.hpp"
#include "cli/plan_io.hpp"
#include "cli/programs.hpp"
#include "core/merge.hpp"
#include "storage/atomic_write.hpp"
#include "storage/plan_file.hpp"
#include "storage/read_file.hpp"


namespace mandalart::cli {
namespace {

constexpr const char* kAttribute = "*.mandalart.json merge=mandalart";

}  // namespace

int run_git_setup(const Args&, Io& io) {
    if (run_program({"git", "rev-parse", "--is-inside-work-tree"}) != 0) {
        io.err << "mandalart: not inside a git repository (git-setup configures the repository you are in)\n";
        return kBadInput;
    }
    const std::string driver = "'" + this_program() + "' merge-driver %O %A %B";
    if (run_program({"git", "config", "merge.mandalart.name", "mandalart: plans merged without losing a tick"}) != 0 ||
        run_program({"git", "config", "merge.mandalart.driver", driver}) != 0) {
        io.err << "mandalart: git config failed\n";
        return kBadInput;
    }
    const std::string attributes = ".gitattributes";
    const FileBytes existing = read_file(attributes);
    if (existing.bytes.find(kAttribute) == std::string::npos) {
        std::string bytes = existing.bytes;
        if (!bytes.empty() && bytes.back() != '\n') bytes += "\n";
        bytes += std::string(kAttribute) + "\n";
        if (const std::string error = atomic_write(io.fs, attributes, bytes, Durability::PowerLoss, Privacy::Shared); !error.empty()) {
            io.err << error << "\n";
            return kBadInput;
        }
    }
    io.out << "git merges *.mandalart.json with mandalart (" << driver << "); commit .gitattributes to share it\n";
    return kOk;
}

int run_merge_driver(const Args& args, Io& io) {
    const auto base = load_or_report(args.positionals[0], io);
    const auto mine = load_or_report(args.positionals[1], io);
    const auto theirs = load_or_report(args.positionals[2], io);
    if (!base || !mine || !theirs) return kBadInput;  // git keeps its own conflict
    const MergeResult merged = merge_plans(*mine, *theirs, *base);
    if (!merged.refused.empty()) {
        io.err << "mandalart: " << merged.refused << "\n";
        return kBadInput;
    }
    if (const std::string problem = save_plan_file(args.positionals[1], merged.plan, io.fs); !problem.empty()) {
        io.err << problem << "\n";
        return kBadInput;
    }
    print_conflicts(io.err, merged.plan, merged.conflicts);
    return merged.conflicts.empty() ? kOk : kBadInput;
}

}  // namespace mandalart::cli
