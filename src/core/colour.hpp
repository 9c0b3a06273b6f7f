#pragma once
// Sub-goal colours: "#RRGGBB" in files and on the command line.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mandalart {

struct Colour {
    std::uint8_t r = 0, g = 0, b = 0;
    friend bool operator==(const Colour&, const Colour&) = default;
};

// Accepts "#RRGGBB" (hex digits in either case); anything else is nullopt.
std::optional<Colour> parse_colour(std::string_view text);
// Always "#RRGGBB" with upper-case hex digits.
std::string format_colour(Colour c);

// `from` moved towards `to` by `amount` (0: from, 1: to), per channel.
Colour blend(Colour from, Colour to, double amount);
// Dark ink on light fills, white on dark ones (by luma), for text drawn over `fill`.
Colour ink_on(Colour fill);

// WCAG 2.1 relative luminance (0 black .. 1 white) and the contrast ratio of two colours (1..21).
double relative_luminance(Colour c);
double contrast_ratio(Colour a, Colour b);
// Text needs 4.5:1 against what is behind it; tick boxes, bars, borders and hints 3:1.
inline constexpr double kTextContrast = 4.5;
inline constexpr double kShapeContrast = 3.0;
// `colour` darkened (on a light background) or lightened (on a dark one) just enough to reach
// `ratio` against `background`; unchanged when it already does.
Colour readable_on(Colour colour, Colour background, double ratio);

// Eight distinct, print-friendly defaults for sub-goals 1..8 (index 0..7).
const std::array<Colour, 8>& default_sub_goal_colours();

}  // namespace mandalart
