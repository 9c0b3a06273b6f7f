// check, status and report through the real binary, against hand-computed numbers.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "run_process.hpp"

using namespace mandalart::testing;
using nlohmann::json;

namespace {

// A 2025 plan (W01 starts Monday 2024-12-30) with 1.1 = 3/week, 1.2 = 2/month, 1.3 = once,
// 1.4 = none written; everything else unwritten (so untracked) and most of it `none`.
struct CheckInFile {
    TempFolder dir;
    std::string path = dir.file("2025.mandalart.json");
    CheckInFile() {
        REQUIRE(run_mandalart({"new", path, "--year", "2025"}).exit_code == 0);
        REQUIRE(run_mandalart({"set", path, "1.1", "주 3회 운동"}).exit_code == 0);
        REQUIRE(run_mandalart({"target", path, "1.1", "3/week"}).exit_code == 0);
        REQUIRE(run_mandalart({"set", path, "1.2", "독서 모임"}).exit_code == 0);
        REQUIRE(run_mandalart({"set", path, "1.3", "자격증 접수"}).exit_code == 0);
        REQUIRE(run_mandalart({"set", path, "1.4", "감사하기"}).exit_code == 0);
        REQUIRE(run_mandalart({"target", path, "1.2", "2/month"}).exit_code == 0);
        REQUIRE(run_mandalart({"target", path, "1.3", "once"}).exit_code == 0);
        REQUIRE(run_mandalart({"target", path, "1.4", "none"}).exit_code == 0);
        for (int n = 2; n <= 8; ++n)
            for (int m = 1; m <= 8; ++m) REQUIRE(run_mandalart({"target", path, std::to_string(n) + "." + std::to_string(m), "none"}).exit_code == 0);
        for (int m = 5; m <= 8; ++m) REQUIRE(run_mandalart({"target", path, "1." + std::to_string(m), "none"}).exit_code == 0);
    }
    ProcessResult check(std::vector<std::string> args, const std::string& today = "2025-03-05") {
        args.insert(args.begin(), {"check", path});
        return run_mandalart(args, today);
    }
};

}  // namespace

TEST_CASE("check changes this week's count: +1, --count, --add, --undo") {
    CheckInFile f;
    auto r = f.check({"1.1"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "2025-W10  1.1 주 3회 운동: 1/3 this week\n");
    CHECK(f.check({"1.1"}).out == "2025-W10  1.1 주 3회 운동: 2/3 this week\n");
    CHECK(f.check({"1.1", "--count", "3"}).out == "2025-W10  1.1 주 3회 운동: 3/3 this week\n");
    CHECK(f.check({"1.1", "--undo"}).out == "2025-W10  1.1 주 3회 운동: 2/3 this week\n");
    CHECK(f.check({"1.1", "--add", "2"}).out == "2025-W10  1.1 주 3회 운동: 4/3 this week\n");
    CHECK(f.check({"1.2", "--week", "2025-W09"}).out == "2025-W09  1.2 독서 모임: 1 this week, 1/2 this month\n");
    CHECK(f.check({"1.3"}).out == "2025-W10  1.3 자격증 접수: done (once)\n");
    const auto plan = json::parse(read_all(f.path));
    CHECK(plan["weeks"]["2025-W10"]["counts"]["a1.1"] == 4);
    CHECK(plan["weeks"]["2025-W09"]["counts"]["a1.2"] == 1);
}

TEST_CASE("notes and skips belong to the week and need no action") {
    CheckInFile f;
    auto r = f.check({"--note", "야근이 많았다", "--week", "2025-W04"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "2025-W04  note saved\n");
    CHECK(f.check({"--skip", "--date", "2025-01-22"}).out == "2025-W04  skipped: left out of the weekly expectations\n");
    auto plan = json::parse(read_all(f.path));
    CHECK(plan["weeks"]["2025-W04"]["note"] == "야근이 많았다");
    CHECK(plan["weeks"]["2025-W04"]["skipped"] == true);
    CHECK(f.check({"--unskip", "--note", "", "--week", "2025-W04"}).exit_code == 0);
    plan = json::parse(read_all(f.path));
    CHECK_FALSE(plan["weeks"].contains("2025-W04"));  // nothing left in that week
}

TEST_CASE("refused check-ins exit 1 with one line and leave the file unchanged") {
    CheckInFile f;
    REQUIRE(f.check({"1.1", "--count", "7"}).exit_code == 0);
    const std::string before = read_all(f.path);
    const auto refuse = [&](std::vector<std::string> args, const std::string& today = "2025-03-05") {
        const auto r = f.check(std::move(args), today);
        CHECK(r.exit_code == 1);
        CHECK(r.out.empty());
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        CHECK(read_all(f.path) == before);
        return r.err;
    };
    CHECK(refuse({"1.1"}) == f.path + ": count 8 out of range for 1.1 (3/week: 0..7 a week)\n");
    CHECK(refuse({"1.4"}) == f.path + ": action 1.4 has no target (none): there is nothing to tick\n");
    CHECK(refuse({"1.2", "--undo"}) == "mandalart: 1.2 has nothing recorded in 2025-W10 to undo\n");
    CHECK(refuse({"1.1", "--week", "2024-W52"}) ==
          "mandalart: 2024-W52 is not in this plan: the plan's year 2025 runs from 2025-W01 (Monday 2024-12-30) to "
          "2025-W52 (Sunday 2025-12-28)\n");
    CHECK(refuse({"1.1", "--date", "2025-12-29"}).find("2025-12-29 (2026-W01) is not in this plan") != std::string::npos);
    CHECK(refuse({"1.1"}, "2027-02-01").find("today, 2027-02-01 (2027-W05), is not in this plan") != std::string::npos);
    CHECK(refuse({"9.1"}) == "mandalart: no action \"9.1\": actions are N.M with N and M from 1 to 8\n");
    CHECK(refuse({"--note", std::string(2001, 'x')}).find("too long") != std::string::npos);
    REQUIRE(f.check({"1.3"}).exit_code == 0);
    const std::string done = read_all(f.path);
    const auto again = f.check({"1.3"});
    CHECK(again.exit_code == 1);
    CHECK(again.err == "mandalart: 1.3 (once) is already done in 2025-W10\n");
    CHECK(read_all(f.path) == done);
}

TEST_CASE("malformed check arguments are usage errors (exit 2)") {
    CheckInFile f;
    const std::string before = read_all(f.path);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{}, {"--count", "2"}, {"1.1", "--week", "2025-W10", "--date", "2025-03-05"},
          {"1.1", "--week", "2025-W53"}, {"1.1", "--date", "2025-02-30"}, {"1.1", "--count", "two"},
          {"1.1", "--count", "1", "--undo"}, {"--skip", "--unskip"}}) {
        const auto r = f.check(args);
        INFO(r.err);
        CHECK(r.exit_code == 2);
        CHECK(r.err.rfind("mandalart: ", 0) == 0);
    }
    CHECK(read_all(f.path) == before);
}

TEST_CASE("status shows one week; report agrees with a hand computation") {
    CheckInFile f;
    // Weeks 1..10 for 1.1 (3/week): 3, 5, 3, 2 (skipped), 3, 3, 0, 3, 3, 1 — as in docs/STATS.md.
    const int counts[] = {3, 5, 3, 2, 3, 3, 0, 3, 3, 1};
    for (int w = 1; w <= 10; ++w) {
        const std::string week = "2025-W" + std::string(w < 10 ? "0" : "") + std::to_string(w);
        if (counts[w - 1] > 0) REQUIRE(f.check({"1.1", "--week", week, "--count", std::to_string(counts[w - 1])}).exit_code == 0);
    }
    REQUIRE(f.check({"--week", "2025-W04", "--skip", "--note", "설 연휴"}).exit_code == 0);
    // 1.2 (2/month): January (W01..W05) 3 times → 2 of 2; February (W06..W09) 0 of 2; March 1 of 2.
    REQUIRE(f.check({"1.2", "--week", "2025-W02", "--count", "3"}).exit_code == 0);
    REQUIRE(f.check({"1.2", "--week", "2025-W10"}).exit_code == 0);

    const auto status = run_mandalart({"status", f.path, "--week", "2025-W10", "--format", "json"});
    REQUIRE(status.exit_code == 0);
    const auto s = json::parse(status.out);
    CHECK(s["week"] == "2025-W10");
    CHECK(s["monday"] == "2025-03-03");
    CHECK(s["skipped"] == false);
    CHECK(s["note"] == "");
    REQUIRE(s["actions"].size() == 3);  // 1.1, 1.2, 1.3: the tracked ones
    CHECK(s["actions"][0] == json{{"id", "1.1"}, {"text", "주 3회 운동"}, {"target", "3/week"}, {"count", 1}});
    CHECK(s["completion"] == Approx(1.0 / 3.0).margin(0.0001));  // the only weekly action: 1 of 3
    const auto skipped = json::parse(run_mandalart({"status", f.path, "--date", "2025-01-22", "--format", "json"}).out);
    CHECK(skipped["skipped"] == true);
    CHECK(skipped["note"] == "설 연휴");
    CHECK(skipped["completion"].is_null());

    const auto report = run_mandalart({"report", f.path, "--as-of", "2025-03-05", "--format", "json"});
    REQUIRE(report.exit_code == 0);
    const auto r = json::parse(report.out);
    CHECK(r["as_of"] == "2025-03-05");
    const auto& a11 = r["sub_goals"][0]["actions"][0];
    CHECK(a11["achieved"] == 22);
    CHECK(a11["expected"] == 27);
    CHECK(a11["completion"] == Approx(22.0 / 27.0).margin(0.0001));
    CHECK(a11["streak"] == 2);
    CHECK(a11["longest_streak"] == 5);
    const auto& a12 = r["sub_goals"][0]["actions"][1];
    CHECK(a12["achieved"] == 3);  // 2 (January, capped) + 0 + 1
    CHECK(a12["expected"] == 6);  // January, February, March
    CHECK(a12["streak"].is_null());
    const auto& a13 = r["sub_goals"][0]["actions"][2];
    CHECK(a13["completion"] == 0);
    CHECK(r["sub_goals"][0]["actions"][3]["completion"].is_null());  // none
    const double goal = (22.0 / 27.0 + 0.5 + 0.0) / 3.0;
    CHECK(r["sub_goals"][0]["completion"] == Approx(goal).margin(0.0001));
    CHECK(r["sub_goals"][1]["completion"].is_null());
    CHECK(r["overall"] == Approx(goal).margin(0.0001));
}

TEST_CASE("the report's text table keeps Hangul columns aligned") {
    CheckInFile f;
    REQUIRE(run_mandalart({"set", f.path, "1.2", "English text"}).exit_code == 0);
    REQUIRE(run_mandalart({"set", f.path, "1.3", "아주 길고 긴 한국어 실천 항목 이름이 잘려야 한다"}).exit_code == 0);
    const auto r = run_mandalart({"report", f.path, "--as-of", "2025-03-05"});
    REQUIRE(r.exit_code == 0);
    // The target column starts at the same display column on every action line.
    std::vector<int> columns;
    std::size_t start = 0;
    while (start < r.out.size()) {
        const std::size_t end = r.out.find('\n', start);
        const std::string line = r.out.substr(start, end - start);
        start = end + 1;
        if (line.rfind("  1.", 0) != 0) continue;
        for (const char* target : {"3/week", "2/month", "once", "none"})
            if (const auto at = line.find(target); at != std::string::npos)
                columns.push_back(mandalart::display_width(line.substr(0, at)));
    }
    REQUIRE(columns.size() == 4);  // the written 1.1..1.4; the unwritten 1.5..1.8 are not listed
    for (const int c : columns) CHECK(c == columns.front());
    CHECK(r.out.find("  1.5") == std::string::npos);
    CHECK(r.out.find("…") != std::string::npos);
}
