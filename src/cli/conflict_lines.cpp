#include "cli/conflict_lines.hpp"

#include <algorithm>

namespace mandalart::cli {
namespace {

// A value on one line: in quotes, with quotes, backslashes and line breaks escaped.
std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

}  // namespace

void print_conflicts(std::ostream& out, const Plan& plan, const std::vector<Conflict>& new_ones) {
    std::size_t number = 0;
    for (const Conflict& c : plan.conflicts) {
        const bool earlier = std::find(new_ones.begin(), new_ones.end(), c) == new_ones.end();
        out << ++number << ". conflict " << conflict_where(plan, c) << (earlier ? " (unresolved, from an earlier merge)" : "")
            << ": kept " << quoted(conflict_value(plan, c).value_or("")) << ", theirs " << quoted(c.theirs) << "\n";
    }
}

}  // namespace mandalart::cli
