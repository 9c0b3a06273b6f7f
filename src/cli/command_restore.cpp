// mandalart restore FILE --list | mandalart restore FILE N
#include <cstdio>
#include <ostream>

#include "cli/commands_list.hpp"
#include "cli/plan_io.hpp"
#include "storage/backups.hpp"
#include "storage/restore.hpp"

namespace mandalart::cli {
namespace {

int list_versions(const std::string& path, Io& io) {
    const std::vector<Backup> backups = list_backups(path);
    if (backups.empty()) {
        io.out << path << ": no earlier versions kept yet (they are kept in " << backup_folder_for(path) << ")\n";
        return kOk;
    }
    for (std::size_t i = 0; i < backups.size(); ++i) {
        char line[96];
        std::snprintf(line, sizeof line, "%2zu  %s  %9s\n", i + 1, backups[i].time_label().c_str(), backups[i].size_label().c_str());
        io.out << line;
    }
    return kOk;
}

}  // namespace

int run_restore(const Args& args, Io& io) {
    const Command& self = *find_command("restore");
    const std::string& path = args.positionals[0];
    if (args.has("list")) {
        if (args.positionals.size() > 1) return usage_error(self, "give either --list or a version number", io);
        return list_versions(path, io);
    }
    if (args.positionals.size() < 2) return usage_error(self, "give a version number (see --list) or --list", io);
    const std::string& number = args.positionals[1];
    if (number.empty() || number.size() > 3 || number.find_first_not_of("0123456789") != std::string::npos)
        return usage_error(self, "version must be a number from 1 (the newest), got \"" + number + "\"", io);
    const std::size_t n = std::stoul(number);
    // FILE need not read: restoring is how a damaged plan comes back. Versions are kept only for
    // paths a plan was saved to, and the bytes replaced (damaged or not) become version 1.
    PlanLock lock;
    if (!lock_for_change(path, lock, io)) return kBadInput;
    std::string when;
    if (const SaveResult restored = restore_version(path, n, SaveOptions{io.fs}, &when); !restored.error.empty()) {
        io.err << restored.error << "\n";
        return kBadInput;
    }
    io.out << "restored " << path << " to the version replaced at " << when
           << "; the version it replaced is now 1 (restore 1 to undo)\n";
    return kOk;
}

}  // namespace mandalart::cli
