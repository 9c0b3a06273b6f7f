// The plan's start week, its title and untracked actions through the real binary: new under a
// fixed date, start, set title, the refusals, and what status and report say about them.
#include <cstdlib>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/example_plan.hpp"
#include "core/stats.hpp"
#include "run_process.hpp"
#include "storage/plan_file.hpp"

using namespace mandalart::testing;
using nlohmann::json;

namespace {

constexpr const char* kJuly15 = "2026-07-15";  // a Wednesday in 2026-W29

json stored(const std::string& path) { return json::parse(read_all(path)); }


}  // namespace

TEST_CASE("new starts the plan this week, or W01 before and after its year; the title follows the language") {
    TempFolder dir;
    const ScopedEnv config("XDG_CONFIG_HOME", dir.file("config"));  // no settings file: the locale decides
    {
        const ScopedEnv ko("LC_ALL", "ko_KR.UTF-8");
        REQUIRE(run_mandalart({"new", dir.file("a.json")}, kJuly15).exit_code == 0);
        CHECK(stored(dir.file("a.json"))["start"] == "2026-W29");
        CHECK(stored(dir.file("a.json"))["title"] == "2026 만다라트");
    }
    const ScopedEnv en("LC_ALL", "en_GB.UTF-8");
    REQUIRE(run_mandalart({"new", dir.file("b.json"), "--year", "2027"}, kJuly15).exit_code == 0);
    CHECK(stored(dir.file("b.json"))["start"] == "2027-W01");
    CHECK(stored(dir.file("b.json"))["title"] == "Mandalart 2027");
    REQUIRE(run_mandalart({"new", dir.file("c.json"), "--year", "2025", "--title", "지난해"}, kJuly15).exit_code == 0);
    CHECK(stored(dir.file("c.json"))["start"] == "2025-W01");
    CHECK(stored(dir.file("c.json"))["title"] == "지난해");
    REQUIRE(run_mandalart({"new", dir.file("d.json"), "--example"}, kJuly15).exit_code == 0);
    CHECK(stored(dir.file("d.json"))["start"] == "2026-W01");  // an example shows a whole year
}

TEST_CASE("start moves the start week; weeks outside the year and past a check-in are refused") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    REQUIRE(run_mandalart({"new", path}, kJuly15).exit_code == 0);
    REQUIRE(run_mandalart({"set", path, "1.1", "물 2L"}, kJuly15).exit_code == 0);

    auto r = run_mandalart({"check", path, "1.1", "--week", "2026-W20"}, kJuly15);
    CHECK(r.exit_code == 1);
    CHECK(r.err == "mandalart: 2026-W20 is before the plan began (2026-W29); to start the plan that week: mandalart start " +
                       path + " 2026-W20\n");
    CHECK(stored(path)["weeks"].empty());

    r = run_mandalart({"start", path, "2026-W20"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "the plan starts in 2026-W20 (Monday 2026-05-11); nothing is owed before it\n");
    REQUIRE(run_mandalart({"check", path, "1.1", "--week", "2026-W20"}, kJuly15).exit_code == 0);
    REQUIRE(run_mandalart({"check", path, "--week", "2026-W22", "--note", "메모"}, kJuly15).exit_code == 0);

    const std::string before = read_all(path);
    const auto refused = [&](const std::vector<std::string>& args) {
        const auto result = run_mandalart(args);
        CHECK(result.exit_code == 1);
        CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
        CHECK(read_all(path) == before);
        return result.err;
    };
    CHECK(refused({"start", path, "2026-W25"}) == path +
                                                     ": the plan cannot start in 2026-W25: 2026-W20, 2026-W22 already hold "
                                                     "check-ins; it can start at most in 2026-W20\n");
    CHECK(refused({"start", path, "2025-W10"}) == "mandalart: 2025-W10 is not in this plan's year 2026 (2026-W01..2026-W53)\n");
    CHECK(refused({"start", path, "2026-W54"}).find("an ISO week like 2026-W27") != std::string::npos);
    CHECK(refused({"start", path, "W10"}).find("an ISO week like 2026-W27") != std::string::npos);
    CHECK(run_mandalart({"start", path}).exit_code == 2);
    CHECK(run_mandalart({"start", path, "2026-W03"}).exit_code == 0);  // back is always fine
    CHECK(stored(path)["start"] == "2026-W03");
}

TEST_CASE("set title changes the plan's title") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    REQUIRE(run_mandalart({"new", path, "--title", "처음"}).exit_code == 0);
    CHECK(run_mandalart({"set", path, "title", "우리 팀의 2026"}).exit_code == 0);
    CHECK(json::parse(run_mandalart({"show", path, "--format", "json"}).out)["title"] == "우리 팀의 2026");
    const auto r = run_mandalart({"set", path, "title", std::string(201, 'x')});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("text too long") != std::string::npos);
}

TEST_CASE("report and status: untracked actions have null figures, weeks count from the start") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    REQUIRE(run_mandalart({"new", path}, kJuly15).exit_code == 0);  // starts in W29
    REQUIRE(run_mandalart({"set", path, "1.1", "물 2L"}, kJuly15).exit_code == 0);
    REQUIRE(run_mandalart({"set", path, "1.2", "스트레칭"}, kJuly15).exit_code == 0);
    REQUIRE(run_mandalart({"check", path, "1.1"}, kJuly15).exit_code == 0);
    CHECK(run_mandalart({"check", path, "1.3"}, kJuly15).err ==
          path + ": action 1.3 is not written yet: give it a text before ticking it\n");

    const json r = json::parse(run_mandalart({"report", path, "--format", "json"}, "2026-07-22").out);
    CHECK(r["start"] == "2026-W29");
    CHECK(r["weeks_counted"] == 2);  // W29 and W30
    const json& a11 = r["sub_goals"][0]["actions"][0];
    CHECK(a11["tracked"] == true);
    CHECK(a11["achieved"] == 1);
    CHECK(a11["expected"] == 2);
    CHECK(r["sub_goals"][0]["actions"].size() == 8);  // all 64 actions are listed
    const json& a13 = r["sub_goals"][0]["actions"][2];
    CHECK(a13["tracked"] == false);
    CHECK(a13["target"] == "1/week");
    for (const char* key : {"achieved", "expected", "completion", "streak", "longest_streak"}) CHECK(a13[key].is_null());
    CHECK(r["sub_goals"][0]["completion"] == Approx(0.25));  // (1/2 + 0/2) / 2
    CHECK(r["sub_goals"][1]["completion"].is_null());
    CHECK(r["overall"] == Approx(0.25));
    const auto text = run_mandalart({"report", path}, "2026-07-22").out;
    CHECK(text.find("(2 of 25 weeks from the start, 2026-W29)") != std::string::npos);

    const json s = json::parse(run_mandalart({"status", path, "--week", "2026-W29", "--format", "json"}).out);
    CHECK(s["before_start"] == false);
    CHECK(s["actions"].size() == 2);  // the written ones
    CHECK(s["completion"] == Approx(0.5));
    const json early = json::parse(run_mandalart({"status", path, "--week", "2026-W10", "--format", "json"}).out);
    CHECK(early["before_start"] == true);
    CHECK(early["completion"].is_null());
    CHECK(run_mandalart({"status", path, "--week", "2026-W10"}).out.find("before the plan began") != std::string::npos);
}

TEST_CASE("report --format json on the example plan has the review tab's numbers") {
    TempFolder dir;
    const std::string path = dir.file("2026.mandalart.json");
    REQUIRE(run_mandalart({"new", path, "--example", "--simulate"}, "2026-11-18").exit_code == 0);
    const json r = json::parse(run_mandalart({"report", path, "--format", "json"}, "2026-11-18").out);
    // The review tab shows plan_stats(plan, today), as the headless review tests check.
    const mandalart::LoadedPlan loaded = mandalart::load_plan_file(path);
    REQUIRE(loaded.error.empty());
    const mandalart::PlanStats stats = mandalart::plan_stats(loaded.plan, mandalart::Date{2026, 11, 18});
    CHECK(r["weeks_counted"] == stats.weeks_counted);
    CHECK(r["overall"].get<double>() == Approx(*stats.overall).margin(0.00005));
    for (int n = 1; n <= 8; ++n)
        for (int m = 1; m <= 8; ++m) {
            const json& a = r["sub_goals"][n - 1]["actions"][m - 1];
            const auto& expected = stats.action(n, m);
            CHECK(a["tracked"] == expected.tracked);
            if (expected.completion) CHECK(a["completion"].get<double>() == Approx(*expected.completion).margin(0.00005));
            else CHECK(a["completion"].is_null());
        }
}
