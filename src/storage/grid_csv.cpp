#include "storage/grid_csv.hpp"

#include "core/chart_texts.hpp"
#include "core/layout.hpp"
#include "storage/csv.hpp"

namespace mandalart {
namespace {

bool blank(const std::string& text) { return text.find_first_not_of(" \t\n") == std::string::npos; }

// Drops blank cells at the ends of rows and blank rows at the end; returns the first non-blank
// cell outside 9×9 as (row, col), or (-1, -1).
std::pair<int, int> trim_to_chart(CsvTable& rows) {
    for (auto& row : rows)
        while (!row.empty() && blank(row.back())) row.pop_back();
    while (!rows.empty() && rows.back().empty()) rows.pop_back();
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            if ((r >= kGridSize || c >= kGridSize) && !blank(rows[r][c])) return {static_cast<int>(r), static_cast<int>(c)};
    return {-1, -1};
}

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

}  // namespace

std::string cell_name(int row, int col) {
    std::string letters;
    for (int c = col + 1; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row + 1);
}

std::string grid_csv(const Plan& plan) {
    std::string out(kUtf8Bom);
    for (const auto& row : chart_texts(plan)) out += csv_row(std::vector<std::string>(row.begin(), row.end()));
    return out;
}

GridImport import_grid_csv(std::string_view text, int year) {
    GridImport result;
    if (const std::string problem = check_year(year); !problem.empty()) {
        result.error = problem;
        return result;
    }
    ParsedCsv parsed = parse_csv(text);
    if (!parsed.error.empty()) {
        result.error = parsed.error;
        return result;
    }
    if (const auto [r, c] = trim_to_chart(parsed.rows); r >= 0) {
        result.error = "cell " + cell_name(r, c) + " is outside the 9×9 chart (A1:I9): " + quoted(parsed.rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]);
        return result;
    }
    const auto at = [&](GridPos p) -> std::string {
        const auto r = static_cast<std::size_t>(p.row), c = static_cast<std::size_t>(p.col);
        return r < parsed.rows.size() && c < parsed.rows[r].size() ? parsed.rows[r][c] : std::string{};
    };
    for (int r = 0; r < kGridSize; ++r)
        for (int c = 0; c < kGridSize; ++c)
            if (const std::string problem = check_text(at({r, c}), kMaxCellText); !problem.empty()) {
                result.error = "cell " + cell_name(r, c) + ": " + problem;
                return result;
            }

    Plan plan = make_blank_plan(year);
    plan.core = at(primary_position(CellAddress::core()));
    for (int n = 1; n <= kSubGoals; ++n) {
        const auto [centre, outer] = sub_goal_positions(n);
        const std::string inner_text = at(centre), outer_text = at(outer);
        plan.goal(n).text = blank(inner_text) ? outer_text : inner_text;
        if (inner_text != outer_text && !(blank(inner_text) && blank(outer_text))) {
            std::string line = "sub-goal " + std::to_string(n) + ": " + cell_name(centre.row, centre.col) + " says " +
                               quoted(inner_text) + " but " + cell_name(outer.row, outer.col) + " says " + quoted(outer_text);
            line += "; kept " + quoted(plan.goal(n).text);
            result.warnings.push_back(line);
        }
        for (int m = 1; m <= kActionsPerGoal; ++m) plan.action(n, m).text = at(primary_position(CellAddress::act(n, m)));
    }
    result.plan = std::move(plan);
    return result;
}

}  // namespace mandalart
