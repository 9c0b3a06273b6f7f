// mandalart show FILE [--format text|csv|json]
#include <ostream>

#include <nlohmann/json.hpp>

#include "cli/commands_list.hpp"
#include "cli/grid_table.hpp"
#include "cli/plan_io.hpp"
#include "storage/csv.hpp"

namespace mandalart::cli {
namespace {

std::string grid_csv(const ChartTexts& grid) {
    std::string out;
    for (const auto& row : grid) out += csv_row(std::vector<std::string>(row.begin(), row.end()));
    return out;
}

std::string grid_json(const Plan& plan, const ChartTexts& grid) {
    nlohmann::ordered_json out;
    out["year"] = plan.year;
    out["title"] = plan.title;
    out["grid"] = grid;
    return out.dump(2, ' ', false) + "\n";
}

}  // namespace

int run_show(const Args& args, Io& io) {
    std::string error;
    const std::string format = args.choice("format", error);
    if (!error.empty()) {
        io.err << "mandalart: " << error << "\n";
        return kUsage;
    }
    const auto plan = load_or_report(args.positionals[0], io);
    if (!plan) return kBadInput;
    const ChartTexts grid = chart_texts(*plan);
    if (format == "json") {
        io.out << grid_json(*plan, grid);
    } else if (format == "csv") {
        io.out << grid_csv(grid);
    } else {
        if (!plan->title.empty()) io.out << plan->title << "\n";
        io.out << plan->year << "\n" << render_grid_table(grid);
    }
    return kOk;
}

}  // namespace mandalart::cli
