#include "cli/year_option.hpp"

#include <charconv>
#include <ostream>

#include "core/plan.hpp"

namespace mandalart::cli {

std::optional<int> year_option(const Args& args, int fallback, Io& io) {
    int year = fallback;
    if (const auto text = args.option("year")) {
        const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), year);
        if (ec != std::errc{} || end != text->data() + text->size()) {
            io.err << "mandalart: --year needs a number, got \"" << *text << "\"\n";
            return std::nullopt;
        }
    }
    if (const std::string problem = check_year(year); !problem.empty()) {
        io.err << "mandalart: " << problem << "\n";
        return std::nullopt;
    }
    return year;
}

}  // namespace mandalart::cli
