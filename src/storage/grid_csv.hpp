#pragma once
// The 9×9 chart as a spreadsheet: one CSV row per chart row, each sub-goal written twice (in
// the centre block and at the centre of its own block), the way a Mandalart is drawn on paper.
#include <string>
#include <string_view>
#include <vector>

#include "core/plan.hpp"

namespace mandalart {

// UTF-8 with a byte order mark (so Excel reads Hangul), CRLF rows, fields quoted as needed.
std::string grid_csv(const Plan& plan);

struct GridImport {
    Plan plan;
    std::vector<std::string> warnings;  // what was decided, one line each (sub-goal copies that disagree)
    std::string error;                  // why nothing could be imported; empty on success
};

// Reads a 9×9 chart written by grid_csv or a spreadsheet program into a new plan for `year`
// (texts only: every action starts as 1/week). Blank trailing rows and columns are ignored;
// a non-blank cell outside the 9×9 chart is an error, so nothing is silently dropped. When
// the two copies of a sub-goal differ, the centre block's text is kept (or the other copy's
// when the centre is blank) and a warning names both.
GridImport import_grid_csv(std::string_view text, int year);

// A spreadsheet cell name: row 0, column 2 → "C1".
std::string cell_name(int row, int col);

}  // namespace mandalart
