// mandalart merge MINE THEIRS [--base BASE] [-o OUT]
#include <ostream>

#include "cli/commands_list.hpp"
#include "cli/conflict_lines.hpp"
#include "cli/plan_io.hpp"
#include "core/merge.hpp"
#include "storage/app_paths.hpp"
#include "storage/merge_base.hpp"
#include "storage/plan_file.hpp"
#include "storage/plan_lock.hpp"

namespace mandalart::cli {

int run_merge(const Args& args, Io& io) {
    const std::string& mine_path = args.positionals[0];
    const std::string& theirs_path = args.positionals[1];
    const std::string out = args.option("o").value_or(mine_path);
    const bool into_mine = absolute_path(out) == absolute_path(mine_path);
    if (!into_mine && file_exists(out)) {
        io.err << out << ": already exists; not overwriting it\n";
        return kBadInput;
    }
    LoadedPlan mine = load_plan_file(mine_path);
    if (!mine.error.empty()) {
        io.err << mine.error << "\n";
        return kBadInput;
    }
    const auto theirs = load_or_report(theirs_path, io);
    if (!theirs) return kBadInput;
    std::optional<MergeBase> base;
    if (const auto given = args.option("base")) {
        const auto plan = load_or_report(*given, io);
        if (!plan) return kBadInput;
        base = MergeBase{*plan, *given};
    } else {
        base = find_merge_base(absolute_path(mine_path), mine.plan, absolute_path(theirs_path), *theirs);
    }

    const MergeResult merged = merge_plans(mine.plan, *theirs, base ? std::optional<Plan>(base->plan) : std::nullopt);
    if (!merged.refused.empty()) {
        io.err << "mandalart: " << merged.refused << "\n";
        return kBadInput;
    }
    if (into_mine) {
        if (mine.read_only) {
            io.err << mine_path << ": made by a newer version of mandalart; it can be read but not changed by this version\n";
            return kBadInput;
        }
        PlanLock lock;
        if (!lock_for_change(mine_path, lock, io)) return kBadInput;
        Document document(merged.plan, mine_path);
        document.set_disk_hash(mine.hash);  // refused if another program changed MINE meanwhile
        if (merged.plan != mine.plan) {
            document.mark_unsaved();
            if (const SaveResult saved = save_document(document, SaveOptions{io.fs}); !saved.error.empty()) {
                io.err << saved.error << "\n";
                return kBadInput;
            }
        }
    } else if (const std::string problem = save_plan_file(out, merged.plan, io.fs); !problem.empty()) {
        io.err << problem << "\n";
        return kBadInput;
    }
    io.out << "merged " << theirs_path << " into " << out << " ("
           << (base ? "three-way, base " + base->from : std::string("two-way: no common version found")) << ")\n";
    print_conflicts(io.out, merged.plan, merged.conflicts);
    return merged.conflicts.empty() ? kOk : kBadInput;
}

}  // namespace mandalart::cli
