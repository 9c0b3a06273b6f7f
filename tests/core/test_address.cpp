#include <catch2/catch.hpp>

#include "core/address.hpp"

using namespace mandalart;

TEST_CASE("cell addresses parse and format") {
    CHECK(parse_address("core") == CellAddress::core());
    CHECK(parse_address("3") == CellAddress::goal(3));
    CHECK(parse_address("3.5") == CellAddress::act(3, 5));
    for (const char* bad : {"", "0", "9", "1.0", "1.9", "core.1", "1.", ".1", "11", "1.1.1", "Core", " 1"})
        CHECK_FALSE(parse_address(bad));
    for (const CellAddress& a : filling_order()) CHECK(parse_address(format_address(a)) == a);
}

TEST_CASE("filling order is core, sub-goals 1..8, then each block's actions") {
    const auto& order = filling_order();
    REQUIRE(order.size() == 73);
    CHECK(order[0] == CellAddress::core());
    CHECK(order[1] == CellAddress::goal(1));
    CHECK(order[8] == CellAddress::goal(8));
    CHECK(order[9] == CellAddress::act(1, 1));
    CHECK(order[17] == CellAddress::act(2, 1));
    CHECK(order[72] == CellAddress::act(8, 8));
    for (int i = 0; i < 73; ++i) CHECK(filling_index(order[static_cast<std::size_t>(i)]) == i);
}
