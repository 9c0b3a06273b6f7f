// Each save records the content it replaces (the file's lineage), so that a copy changed on another
// machine names the version both came from and the merge is three-way: two machines that each
// ticked the same action in the same week give two ticks, not one.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "core/example_plan.hpp"
#include "core/merge.hpp"
#include "storage/backups.hpp"
#include "storage/content_hash.hpp"
#include "storage/merge_base.hpp"
#include "storage/plan_file.hpp"
#include "temp_folder.hpp"

using namespace mandalart;
using namespace mandalart::testing;

TEST_CASE("a save puts the hash of what it replaces in front of the lineage; an unchanged plan keeps it") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    Plan plan = make_example_plan(2026);
    REQUIRE(save_plan_file(path, plan, real_file_system()).empty());
    const std::string first = read_all(path);
    CHECK(first.find("\"lineage\"") == std::string::npos);  // a new file descends from nothing
    plan.core = "둘째";
    REQUIRE(save_plan_file(path, plan, real_file_system()).empty());
    const std::string second = read_all(path);
    CHECK(read_lineage(second) == Lineage{name_hash(first)});
    CHECK(nlohmann::json::parse(second)["lineage"] == hash_hex(name_hash(first)));
    plan.core = "셋째";
    REQUIRE(save_plan_file(path, plan, real_file_system()).empty());
    const std::string third = read_all(path);
    CHECK(read_lineage(third) == Lineage{name_hash(second), name_hash(first)});
    REQUIRE(save_plan_file(path, plan, real_file_system()).empty());  // nothing changed: written back as it was
    CHECK(read_all(path) == third);
    for (int i = 0; i < 25; ++i) {
        plan.title = "제목 " + std::to_string(i);
        REQUIRE(save_plan_file(path, plan, real_file_system()).empty());
    }
    CHECK(read_lineage(read_all(path)).size() == kLineageKept);
    const DecodedPlan decoded = decode_plan(read_all(path), "p");
    REQUIRE(decoded.error.empty());
    CHECK(decoded.plan == plan);  // the lineage is the file's, not the plan's
    CHECK(decoded.lineage == read_lineage(read_all(path)));
}

TEST_CASE("a lineage that is not hashes is refused with its path") {
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(encode_plan(make_example_plan(2026), {0x0123456789abcdefULL}));
    CHECK(decode_plan(j.dump(), "p").error.empty());
    for (const nlohmann::ordered_json& bad : {nlohmann::ordered_json(42), nlohmann::ordered_json("xyz"),
                                               nlohmann::ordered_json("0123456789abcdef0"), nlohmann::ordered_json("0123456789ABCDEF"),
                                               nlohmann::ordered_json("0123456789abcdef  0123456789abcdef")}) {
        INFO(bad.dump());
        j["lineage"] = bad;
        CHECK(decode_plan(j.dump(), "p").error ==
              "p: /lineage: expected the hashes of earlier versions: 16 hex digits each, separated by spaces");
    }
}

TEST_CASE("a copy from another machine names the version both came from: the same tick on both gives two") {
    TempFolder dir;
    const std::string mine_path = dir.file("2026.mandalart.json");
    const std::string theirs_path = dir.file("2026.mandalart.sync-conflict-20260310-101500-ABCDEFG.json");
    const Plan start = make_example_plan(2026);
    REQUIRE(save_plan_file(mine_path, start, real_file_system()).empty());
    const std::string both_had = read_all(mine_path);

    Plan theirs = start;  // the desktop ticked 1.1 in W09 and saved over what both had …
    theirs.weeks[9].counts["a1.1"] = 1;
    write_all(theirs_path, encode_plan(theirs, {name_hash(both_had)}));  // … its backups stay on the desktop
    Plan mine = start;  // the laptop did the same
    mine.weeks[9].counts["a1.1"] = 1;
    REQUIRE(save_plan_file(mine_path, mine, real_file_system()).empty());

    const auto base = find_merge_base(mine_path, mine, theirs_path, theirs);
    REQUIRE(base);
    CHECK(base->plan == start);
    CHECK(merge_plans(mine, theirs, base->plan).plan.count(9, 1, 1) == 2);

    // Theirs descends from mine: mine is the base, and theirs' changes come in as they are.
    Plan later = mine;
    later.weeks[10].counts["a1.1"] = 1;
    write_all(theirs_path, encode_plan(later, {name_hash(read_all(mine_path))}));
    const auto fast_forward = find_merge_base(mine_path, mine, theirs_path, later);
    REQUIRE(fast_forward);
    CHECK(fast_forward->from == mine_path);
    CHECK(merge_plans(mine, later, fast_forward->plan).plan == later);
}

// Copies whose lineages do not meet (one written before lineage, or by hand): the base is found by
// content, a version of mine that theirs also had among its earlier versions.
TEST_CASE("without a lineage in common, the version both copies kept is found by its content") {
    TempFolder dir;
    const std::string mine_path = dir.file("2026.mandalart.json");
    const std::string theirs_path = dir.file("2026.mandalart (Desktop's conflicted copy 2026-03-10).json");
    const Plan start = make_example_plan(2026);
    // Both kept `start` among their earlier versions, as different bytes (theirs names a lineage of
    // its own), so no hash links them: only the plans are the same.
    REQUIRE(keep_backup(real_file_system(), mine_path, encode_plan(start)).empty());
    const std::string their_start = encode_plan(start, {0x0123456789abcdefULL});
    REQUIRE(keep_backup(real_file_system(), theirs_path, their_start).empty());

    Plan mine = start;  // the laptop ticked 1.1 in W09 …
    mine.weeks[9].counts["a1.1"] = 1;
    write_all(mine_path, encode_plan(mine));
    Plan theirs = start;  // … and so did the desktop, which also wrote a note
    theirs.weeks[9].counts["a1.1"] = 1;
    theirs.weeks[9].note = "데스크톱에서";
    write_all(theirs_path, encode_plan(theirs, {name_hash(their_start)}));

    const auto base = find_merge_base(mine_path, mine, theirs_path, theirs);
    REQUIRE(base);
    CHECK(base->plan == start);
    CHECK(base->from == list_backups(mine_path).at(0).path);  // mine's copy of it, where it was found
    const MergeResult merged = merge_plans(mine, theirs, base->plan);
    CHECK(merged.plan.count(9, 1, 1) == 2);  // three-way: both ticks count
    CHECK(merged.plan.weeks.at(9).note == "데스크톱에서");

    // Nothing in common at all: no base, and the merge is two-way.
    Plan stranger = make_example_plan(2026);
    stranger.core = "다른 계획";
    const std::string stranger_path = dir.file("other.mandalart.json");
    write_all(stranger_path, encode_plan(stranger));
    CHECK_FALSE(find_merge_base(mine_path, mine, stranger_path, stranger));
}
