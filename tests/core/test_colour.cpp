#include <catch2/catch.hpp>
#include <set>

#include "core/colour.hpp"

using namespace mandalart;

TEST_CASE("colours parse from #RRGGBB and format upper-case") {
    CHECK(parse_colour("#4e79a7") == Colour{0x4E, 0x79, 0xA7});
    CHECK(format_colour(Colour{0x4E, 0x79, 0xA7}) == "#4E79A7");
    for (const char* bad : {"", "#", "4E79A7", "#4E79A", "#4E79A7F", "#GG0000", "red", " #4E79A7"})
        CHECK_FALSE(parse_colour(bad));
}

TEST_CASE("the eight default colours are distinct") {
    std::set<std::string> names;
    for (const Colour& c : default_sub_goal_colours()) names.insert(format_colour(c));
    CHECK(names.size() == 8);
}
