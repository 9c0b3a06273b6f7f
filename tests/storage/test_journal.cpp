// The crash journal: what it holds, and that a broken one is ignored rather than trusted.
#include <catch2/catch.hpp>

#include "core/example_plan.hpp"
#include "storage/journal.hpp"
#include "temp_folder.hpp"

using namespace mandalart;
using namespace mandalart::testing;

TEST_CASE("the journal holds the unsaved plan and when it was written") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    CHECK_FALSE(read_journal(path));
    Plan plan = make_example_plan(2026);
    plan.core = "저장 전에 꺼진 변경";
    REQUIRE(write_journal(path, plan, real_file_system()).empty());
    const auto journal = read_journal(path);
    REQUIRE(journal);
    CHECK(journal->plan == plan);
    CHECK(journal->written.size() == 19);
    CHECK(journal_path_for(path).find("/journal/plan.mandalart.json-") != std::string::npos);
    CHECK(dir.entries().empty());  // nothing beside the plan
    remove_journal(path, real_file_system());
    CHECK_FALSE(read_journal(path));
}

TEST_CASE("a damaged journal is ignored") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    REQUIRE(write_journal(path, make_example_plan(2026), real_file_system()).empty());
    const std::string bytes = read_all(journal_path_for(path));
    for (const std::size_t cut : {std::size_t{0}, std::size_t{10}, bytes.find('\n'), bytes.size() / 2, bytes.size() - 3}) {
        write_all(journal_path_for(path), bytes.substr(0, cut));
        INFO("cut at " << cut);
        CHECK_FALSE(read_journal(path));
    }
}
