#include "core/colour.hpp"

#include <algorithm>
#include <cmath>

namespace mandalart {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::optional<Colour> parse_colour(std::string_view text) {
    if (text.size() != 7 || text[0] != '#') return std::nullopt;
    std::uint8_t channels[3] = {};
    for (int i = 0; i < 3; ++i) {
        const int hi = hex_value(text[1 + 2 * i]);
        const int lo = hex_value(text[2 + 2 * i]);
        if (hi < 0 || lo < 0) return std::nullopt;
        channels[i] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return Colour{channels[0], channels[1], channels[2]};
}

std::string format_colour(Colour c) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out = "#";
    for (const std::uint8_t v : {c.r, c.g, c.b}) {
        out += digits[v >> 4];
        out += digits[v & 0xF];
    }
    return out;
}

Colour blend(Colour from, Colour to, double amount) {
    const auto channel = [&](std::uint8_t a, std::uint8_t b) {
        return static_cast<std::uint8_t>(a + (static_cast<double>(b) - a) * amount + 0.5);
    };
    return {channel(from.r, to.r), channel(from.g, to.g), channel(from.b, to.b)};
}

Colour ink_on(Colour fill) {
    const double luma = 0.299 * fill.r + 0.587 * fill.g + 0.114 * fill.b;
    return luma > 150.0 ? Colour{28, 30, 34} : Colour{255, 255, 255};
}

const std::array<Colour, 8>& default_sub_goal_colours() {
    // A qualitative palette (Tableau 10 family): distinct on screen, in print and in greyscale-ish copies.
    static const std::array<Colour, 8> colours = {{
        {0xE1, 0x57, 0x59},  // red
        {0xF2, 0x8E, 0x2B},  // orange
        {0xED, 0xC9, 0x48},  // yellow
        {0x59, 0xA1, 0x4F},  // green
        {0x76, 0xB7, 0xB2},  // teal
        {0x4E, 0x79, 0xA7},  // blue
        {0xB0, 0x7A, 0xA1},  // purple
        {0xFF, 0x9D, 0xA7},  // pink
    }};
    return colours;
}

double relative_luminance(Colour c) {
    const auto linear = [](std::uint8_t v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrast_ratio(Colour a, Colour b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Colour readable_on(Colour colour, Colour background, double ratio) {
    if (contrast_ratio(colour, background) >= ratio) return colour;
    const Colour target = relative_luminance(background) > 0.18 ? Colour{0, 0, 0} : Colour{255, 255, 255};
    // The smallest step towards black (or white) that reaches the ratio: keeps the hue recognisable.
    for (int step = 1; step <= 100; ++step) {
        const Colour shade = blend(colour, target, step / 100.0);
        if (contrast_ratio(shade, background) >= ratio) return shade;
    }
    return target;
}

}  // namespace mandalart
