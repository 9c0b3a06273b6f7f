// A plan file that does not read is named for what its bytes show (issue 26): empty, zero bytes,
// cut short, UTF-16/32, not JSON, damaged inside, not a plan; a whole plan followed by zero bytes
// still reads. A refusal then names the newest earlier version that reads, and restoring it
// keeps the damaged file as an earlier version.
#include <catch2/catch.hpp>

#include "core/example_plan.hpp"
#include "storage/backups.hpp"
#include "storage/plan_file.hpp"
#include "storage/plan_json.hpp"
#include "storage/read_file.hpp"
#include "storage/restore.hpp"
#include "temp_folder.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

// The example plan with a note in each week up to `last_week`.
std::string plan_checked_in_to(int last_week) {
    Plan plan = make_example_plan(2026);
    for (int w = 1; w <= last_week; ++w) plan.weeks[w].note = "주 " + std::to_string(w);
    return encode_plan(plan);
}

LoadedPlan load_bytes(const TempFolder& dir, const std::string& bytes) {
    const std::string path = dir.file("2026.mandalart.json");
    write_all(path, bytes);
    LoadedPlan loaded = load_plan_file(path);
    CHECK(read_all(path) == bytes);  // loading never writes
    if (!loaded.error.empty()) loaded.error = "FILE" + loaded.error.substr(path.size());
    return loaded;
}

}  // namespace

TEST_CASE("a file that does not read as a plan is named for what its bytes show") {
    TempFolder dir;
    const std::string plan = plan_checked_in_to(3);
    struct Case {
        std::string bytes;
        Damage damage;
        std::string error;
    };
    const std::vector<Case> cases = {
        {"", Damage::Empty, "FILE is empty (0 bytes): the file was damaged, often by a power cut or a failing disk"},
        {"  \n\n ", Damage::Empty, "FILE holds only blank space (5 bytes): the file was damaged, often by a power cut or a failing disk"},
        {std::string(9412, '\0'), Damage::Zeros, "FILE is 9,412 zero bytes: the file was damaged, often by a power cut or a failing disk"},
        {plan.substr(0, 120), Damage::CutShort, ""},
        {plan.substr(0, 120) + std::string(4000, '\0'), Damage::CutShort, ""},
        {"\xFF\xFE{\0\"\0", Damage::Utf16, "FILE: is UTF-16 text; save it as UTF-8"},
        {std::string("{\0\"\0f\0", 6), Damage::Utf16, "FILE: is UTF-16 text; save it as UTF-8"},
        {std::string("{\0\0\0\"\0\0\0", 8), Damage::Utf32, "FILE: is UTF-32 text; save it as UTF-8"},
        {std::string("\0\0\xFE\xFF\0\0\0{", 8), Damage::Utf32, "FILE: is UTF-32 text; save it as UTF-8"},
        {"<html><body>plan</body></html>", Damage::NotJson, "FILE:1:1: not JSON, so not a plan file (it starts with \"<html><body>plan</body><\")"},
        {"\n  hello", Damage::NotJson, "FILE:2:3: not JSON, so not a plan file (it starts with \".  hello\")"},
        {"{\"format\": \"mandalart\", \"year\": 20x6}", Damage::Corrupt, ""},
        {"{\"a\": 1}", Damage::NotAPlan, "FILE: /: missing key \"format\""},
    };
    for (const Case& c : cases) {
        INFO(c.bytes.size() << " bytes: " << c.bytes.substr(0, 30));
        const LoadedPlan loaded = load_bytes(dir, c.bytes);
        CHECK(loaded.damage == c.damage);
        if (!c.error.empty()) CHECK(loaded.error == c.error);
        CHECK(loaded.error.find('\n') == std::string::npos);
    }
}

TEST_CASE("a plan cut short is refused at the line where it ends, with how much of it is there") {
    TempFolder dir;
    const std::string plan = plan_checked_in_to(3);
    const std::string start = plan.substr(0, 2000);
    const long line = 1 + std::count(start.begin(), start.end(), '\n');
    const std::string at = "FILE:" + std::to_string(line) + ":";
    const LoadedPlan cut = load_bytes(dir, start);
    CHECK(cut.error.rfind(at, 0) == 0);
    CHECK(cut.error.find(": the file ends in the middle of the plan (2,000 bytes): it was cut short, often by a power cut or a failing disk") !=
          std::string::npos);
    // What a power cut leaves after a file's size was set but not all its data reached the disk.
    const LoadedPlan zero_tail = load_bytes(dir, start + std::string(3000, '\0'));
    CHECK(zero_tail.error.rfind(at, 0) == 0);
    CHECK(zero_tail.error.find("(2,000 bytes, then 3,000 zero bytes): it was cut short") != std::string::npos);
}

TEST_CASE("a whole plan followed by zero bytes still reads") {
    TempFolder dir;
    const LoadedPlan loaded = load_bytes(dir, plan_checked_in_to(3) + std::string(500, '\0'));
    CHECK(loaded.error.empty());
    CHECK(loaded.damage == Damage::None);
    CHECK(loaded.plan.weeks.size() == 3);
}

TEST_CASE("a damaged plan's refusal names the newest earlier version that reads, and restoring it keeps the damaged file") {
    TempFolder dir;
    const std::string path = dir.file("2026.mandalart.json");
    CHECK(restore_hint(path, newest_good_version(path)).empty());  // none kept: nothing to say
    for (int week = 1; week <= 3; ++week) REQUIRE(replace_plan_file(path, plan_checked_in_to(week), SaveOptions{real_file_system()}).error.empty());
    // A damaged version among the kept ones is passed over.
    REQUIRE(replace_plan_file(path, std::string(777, '\0'), SaveOptions{real_file_system()}).error.empty());
    REQUIRE(replace_plan_file(path, std::string(9412, '\0'), SaveOptions{real_file_system()}).error.empty());
    const GoodVersion good = newest_good_version(path);
    CHECK(good.number == 2);  // 1 is the 777 zero bytes; 2 the plan with weeks 1 to 3
    CHECK(good.last_week == 3);
    CHECK(good.kept == 4);
    const std::string hint = restore_hint(path, good);
    CHECK(hint == "; the newest good version is 2, saved " + good.when + " with check-ins up to 2026-W03: mandalart restore " + path + " 2");

    const std::string damaged = read_all(path);
    REQUIRE(restore_version(path, 2, SaveOptions{real_file_system()}).error.empty());
    CHECK(read_all(path) == plan_checked_in_to(3));
    CHECK(read_all(list_backups(path)[0].path) == damaged);  // the damaged file, kept as version 1
}

TEST_CASE("when no kept version reads, the refusal says so") {
    TempFolder dir;
    const std::string path = dir.file("2026.mandalart.json");
    REQUIRE(replace_plan_file(path, "", SaveOptions{real_file_system()}).error.empty());
    REQUIRE(replace_plan_file(path, std::string(10, '\0'), SaveOptions{real_file_system()}).error.empty());
    REQUIRE(replace_plan_file(path, std::string(20, '\0'), SaveOptions{real_file_system()}).error.empty());
    CHECK(restore_hint(path, newest_good_version(path)) == "; none of its 2 earlier versions reads");
}
