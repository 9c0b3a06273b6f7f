#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "core/layout.hpp"

using namespace mandalart;

TEST_CASE("every one of the 81 cells shows the value the Mandalart convention puts there") {
    // Hand-written expected chart: 'c' core, 'N' sub-goal, 'N.M' action.
    const char* expected[9][9] = {
        {"1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"},
        {"1.4", "1", "1.5", "2.4", "2", "2.5", "3.4", "3", "3.5"},
        {"1.6", "1.7", "1.8", "2.6", "2.7", "2.8", "3.6", "3.7", "3.8"},
        {"4.1", "4.2", "4.3", "1", "2", "3", "5.1", "5.2", "5.3"},
        {"4.4", "4", "4.5", "4", "core", "5", "5.4", "5", "5.5"},
        {"4.6", "4.7", "4.8", "6", "7", "8", "5.6", "5.7", "5.8"},
        {"6.1", "6.2", "6.3", "7.1", "7.2", "7.3", "8.1", "8.2", "8.3"},
        {"6.4", "6", "6.5", "7.4", "7", "7.5", "8.4", "8", "8.5"},
        {"6.6", "6.7", "6.8", "7.6", "7.7", "7.8", "8.6", "8.7", "8.8"},
    };
    for (int r = 0; r < 9; ++r)
        for (int c = 0; c < 9; ++c) {
            INFO("row " << r << " col " << c);
            CHECK(format_address(address_at({r, c})) == expected[r][c]);
        }
}

TEST_CASE("each sub-goal appears exactly twice, every other value exactly once") {
    std::map<std::string, int> seen;
    for (int r = 0; r < 9; ++r)
        for (int c = 0; c < 9; ++c) ++seen[format_address(address_at({r, c}))];
    CHECK(seen.size() == 73);
    for (const auto& [name, count] : seen) {
        const auto a = parse_address(name);
        REQUIRE(a);
        CHECK(count == (a->kind == CellKind::SubGoal ? 2 : 1));
    }
}

TEST_CASE("primary positions and sub-goal positions point back to their value") {
    for (const CellAddress& a : filling_order()) {
        CHECK(address_at(primary_position(a)) == a);
        if (a.kind == CellKind::SubGoal) {
            const auto both = sub_goal_positions(a.sub_goal);
            CHECK(both[0] == primary_position(a));
            CHECK(address_at(both[1]) == a);
            CHECK(block_of(both[0]) == 4);
            CHECK(block_of(both[1]) != 4);
        }
    }
    CHECK(primary_position(CellAddress::core()) == GridPos{4, 4});
    CHECK(sub_goal_positions(1)[1] == GridPos{1, 1});
    CHECK(sub_goal_positions(8)[1] == GridPos{7, 7});
}
