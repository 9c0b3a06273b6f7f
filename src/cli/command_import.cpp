// mandalart import GRID.csv -o FILE [--year Y]
#include <ostream>

#include "cli/commands_list.hpp"
#include "cli/plan_io.hpp"
#include "cli/year_option.hpp"
#include "storage/app_paths.hpp"
#include "storage/grid_csv.hpp"
#include "storage/plan_file.hpp"
#include "storage/read_file.hpp"

namespace mandalart::cli {

int run_import(const Args& args, Io& io) {
    const Command& self = *find_command("import");
    const auto out = args.option("o");
    if (!out) return usage_error(self, "give the plan to create with -o FILE", io);
    const auto year = year_option(args, io.today.year, io);
    if (!year) return kBadInput;
    const std::string& csv_path = args.positionals[0];
    const FileBytes file = read_file(csv_path);
    if (!file.error.empty()) {
        io.err << file.error << "\n";
        return kBadInput;
    }
    GridImport imported = import_grid_csv(file.bytes, *year);
    imported.plan.start = start_week_for(*year, io.today);
    if (!imported.error.empty()) {
        io.err << csv_path << ": " << imported.error << "\n";
        return kBadInput;
    }
    if (file_exists(*out)) {
        io.err << *out << ": already exists; not overwriting it\n";
        return kBadInput;
    }
    for (const std::string& warning : imported.warnings) io.err << csv_path << ": " << warning << "\n";
    if (const std::string error = save_plan_file(*out, imported.plan, io.fs); !error.empty()) {
        io.err << error << "\n";
        return kBadInput;
    }
    io.out << "imported " << csv_path << " into " << *out << " (" << imported.plan.year << "; every action 1/week: set targets with mandalart target)\n";
    return kOk;
}

}  // namespace mandalart::cli
