// What a year of real use asks of the command line (issue 28): FILE left out, actions named by
// their text, several actions in one check (all or nothing), the future refused, and an action's
// own start. Through the real binary, with its own XDG folders (tests/test_main.cpp).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "core/settings.hpp"
#include "run_process.hpp"
#include "storage/file_system.hpp"
#include "storage/settings_file.hpp"

using namespace mandalart;
using namespace mandalart::testing;
using nlohmann::json;

namespace {

constexpr const char* kDecember = "2026-12-16";  // a Wednesday in 2026-W51

json stored(const std::string& path) { return json::parse(read_all(path)); }

// A plan with three written actions: 1.1 물 2L, 1.2 운동 30분, 2.1 운동화 사기 (once).
void make_plan(const std::string& path) {
    REQUIRE(run_mandalart({"new", path, "--year", "2026"}, "2026-01-05").exit_code == 0);
    REQUIRE(run_mandalart({"set", path, "1.1", "물 2L"}, "2026-01-05").exit_code == 0);
    REQUIRE(run_mandalart({"set", path, "1.2", "운동 30분"}, "2026-01-05").exit_code == 0);
    REQUIRE(run_mandalart({"set", path, "2.1", "운동화 사기"}, "2026-01-05").exit_code == 0);
    REQUIRE(run_mandalart({"target", path, "운동화", "once"}, "2026-01-05").exit_code == 0);
}

// The XDG folders the binary sees (tests/test_main.cpp sets them for the whole run).
std::string data_plan(int year) {
    return std::string(std::getenv("XDG_DATA_HOME")) + "/mandalart/" + std::to_string(year) + ".mandalart.json";
}
std::string settings_path() { return std::string(std::getenv("XDG_CONFIG_HOME")) + "/mandalart/settings.json"; }

void remember(const std::string& plan) {
    std::filesystem::create_directories(std::filesystem::path(settings_path()).parent_path());
    Settings settings;
    settings.recent_files = {plan};
    REQUIRE(save_settings(settings_path(), settings, real_file_system()).empty());
}

struct CleanHome {
    ~CleanHome() {
        std::filesystem::remove(settings_path());
        std::filesystem::remove(data_plan(2026));
        std::filesystem::remove(data_plan(2027));
    }
};

}  // namespace

TEST_CASE("FILE left out: the plan the editor last opened, else this year's in the data folder", "[linux]") {
    CleanHome clean;
    TempFolder dir;
    const auto none = run_mandalart({"status"}, kDecember);
    CHECK(none.exit_code == 1);
    CHECK(none.err == "mandalart: no plan named and none found (looked in " + data_plan(2026) + ", " + data_plan(2027) +
                          "); name FILE, or make one with mandalart new\n");
    std::filesystem::create_directories(std::filesystem::path(data_plan(2026)).parent_path());
    make_plan(data_plan(2026));
    REQUIRE(run_mandalart({"check", "1.1"}, kDecember).exit_code == 0);
    CHECK(stored(data_plan(2026))["weeks"]["2026-W51"]["counts"]["a1.1"] == 1);
    CHECK(run_mandalart({"status"}, kDecember).out.find("물 2L") != std::string::npos);
    CHECK(run_mandalart({"report"}, kDecember).exit_code == 0);
    // The editor's last plan comes first.
    const std::string other = dir.file("team.mandalart.json");
    make_plan(other);
    remember(other);
    REQUIRE(run_mandalart({"check", "운동 30분"}, kDecember).exit_code == 0);
    CHECK(stored(other)["weeks"]["2026-W51"]["counts"]["a1.2"] == 1);
    CHECK_FALSE(stored(data_plan(2026))["weeks"]["2026-W51"]["counts"].contains("a1.2"));
    // Naming FILE still works, and a usage error stays one.
    CHECK(run_mandalart({"check", data_plan(2026), "1.2"}, kDecember).exit_code == 0);
    CHECK(run_mandalart({"set", "core"}).exit_code == 2);
}

TEST_CASE("an action is named by its text, exactly or by a part only one action has") {
    TempFolder dir;
    const std::string path = dir.file("p.mandalart.json");
    make_plan(path);
    REQUIRE(run_mandalart({"check", path, "물"}, kDecember).exit_code == 0);
    CHECK(stored(path)["weeks"]["2026-W51"]["counts"]["a1.1"] == 1);
    const std::string before = read_all(path);
    const auto ambiguous = run_mandalart({"check", path, "운동"}, kDecember);
    CHECK(ambiguous.exit_code == 1);
    CHECK(ambiguous.err == "mandalart: \"운동\" is in 2 actions: 1.2 운동 30분, 2.1 운동화 사기; use N.M or more of the text\n");
    CHECK(run_mandalart({"check", path, "독서"}, kDecember).err ==
          "mandalart: no action has \"독서\" in its text; use N.M or a part of its text\n");
    CHECK(read_all(path) == before);
    // The whole text wins over a part: "운동 30분" is one action even though "운동" is in two.
    CHECK(run_mandalart({"check", path, "운동 30분"}, kDecember).exit_code == 0);
}

TEST_CASE("several actions in one check: one save, all or nothing") {
    TempFolder dir;
    const std::string path = dir.file("p.mandalart.json");
    make_plan(path);
    const auto both = run_mandalart({"check", path, "1.1", "1.2", "운동화"}, kDecember);
    REQUIRE(both.exit_code == 0);
    CHECK(both.out == "2026-W51  1.1 물 2L: 1/1 this week\n2026-W51  1.2 운동 30분: 1/1 this week\n"
                      "2026-W51  2.1 운동화 사기: done (once)\n");
    const json counts = stored(path)["weeks"]["2026-W51"]["counts"];
    CHECK(counts == json{{"a1.1", 1}, {"a1.2", 1}, {"a2.1", 1}});
    // One bad name refuses them all: nothing changes.
    const std::string before = read_all(path);
    const auto refused = run_mandalart({"check", path, "1.1", "1.3"}, kDecember);
    CHECK(refused.exit_code == 1);
    CHECK(refused.err == path + ": action 1.3 is not written yet: give it a text before ticking it\n");
    CHECK(read_all(path) == before);
    CHECK(run_mandalart({"check", path, "1.1", "물"}, kDecember).err == "mandalart: 1.1 is named twice\n");
}

TEST_CASE("a week that has not begun is refused, naming this week") {
    TempFolder dir;
    const std::string path = dir.file("p.mandalart.json");
    make_plan(path);
    const std::string before = read_all(path);
    const auto future = run_mandalart({"check", path, "1.1", "--week", "2026-W52"}, kDecember);
    CHECK(future.exit_code == 1);
    CHECK(future.err == "mandalart: 2026-W52 has not begun: this week is 2026-W51\n");
    CHECK(read_all(path) == before);
    // Planning a holiday ahead is not a check-in: a coming week can be skipped.
    CHECK(run_mandalart({"check", path, "--week", "2026-W52", "--skip"}, kDecember).exit_code == 0);
}

TEST_CASE("an action written late starts that week; start FILE ACTION WEEK moves it") {
    TempFolder dir;
    const std::string path = dir.file("p.mandalart.json");
    make_plan(path);
    REQUIRE(run_mandalart({"set", path, "3.1", "독서"}, kDecember).exit_code == 0);
    CHECK(stored(path)["sub_goals"][2]["actions"][0]["start"] == "2026-W51");
    CHECK(run_mandalart({"check", path, "독서", "--week", "2026-W50"}, kDecember).err ==
          path + ": action 3.1 starts in 2026-W51 (it was written then): move its start to tick an earlier week\n");
    const auto moved = run_mandalart({"start", path, "독서", "2026-W40"}, kDecember);
    REQUIRE(moved.exit_code == 0);
    CHECK(moved.out == "action 3.1 독서 counts from 2026-W40; nothing is owed before it\n");
    CHECK(run_mandalart({"start", path, "3.1", "2026-W52"}, kDecember).err ==
          "mandalart: action 3.1 cannot start in 2026-W52: it has not begun (this week is 2026-W51)\n");
    const auto back = run_mandalart({"start", path, "3.1", "2026-W02"}, kDecember);  // the plan began in W02
    CHECK(back.out == "action 3.1 독서 counts from 2026-W02, the plan's start; nothing is owed before it\n");
    CHECK_FALSE(stored(path)["sub_goals"][2]["actions"][0].contains("start"));
    // Without ACTION it is still the plan's start.
    CHECK(run_mandalart({"start", path, "2026-W03"}, kDecember).out.rfind("the plan starts in 2026-W03", 0) == 0);
}

TEST_CASE("the command line speaks Korean under a Korean locale, English otherwise, and --lang decides") {
    TempFolder dir;
    const std::string path = dir.file("p.mandalart.json");
    make_plan(path);
    ScopedEnv korean("LANG", "ko_KR.UTF-8");
    const auto ticked = run_mandalart({"check", path, "물", "운동화"}, kDecember);
    REQUIRE(ticked.exit_code == 0);
    CHECK(ticked.out == "2026-W51  1.1 물 2L: 이번 주 1/1\n2026-W51  2.1 운동화 사기: 완료 (한 번)\n");
    const auto status = run_mandalart({"status", path}, kDecember);
    CHECK(status.out.find("이번 주 주간 목표의 ") != std::string::npos);
    CHECK(status.out.find("[x]  완료") != std::string::npos);
    const auto report = run_mandalart({"report", path}, kDecember);
    CHECK(report.out.find(" 기준 (") != std::string::npos);
    CHECK(report.out.find("전체 ") != std::string::npos);
    CHECK(report.out.find("연속 (최장)") != std::string::npos);
    // Errors, in Korean, naming what they named in English.
    CHECK(run_mandalart({"check", path, "1.1", "--week", "2026-W52"}, kDecember).err ==
          "mandalart: 2026-W52은(는) 아직 오지 않은 주입니다. 이번 주는 2026-W51입니다\n");
    CHECK(run_mandalart({"check", path, "운동"}, kDecember).err ==
          "mandalart: \"운동\"은(는) 실천 2개에 있습니다: 1.2 운동 30분, 2.1 운동화 사기. N.M을 쓰거나 글을 더 쓰세요\n");
    CHECK(run_mandalart({"check", path, "1.3"}, kDecember).err == path + ": 실천 1.3은(는) 아직 쓰지 않았습니다. 글을 먼저 쓰세요\n");
    CHECK(run_mandalart({"set", path, "core"}).err == "mandalart: 인자가 모자랍니다\n사용법: mandalart set FILE CELL TEXT\n");
    // Help.
    const auto help = run_mandalart({"--help"});
    CHECK(help.out.find("사용법: mandalart [FILE]") != std::string::npos);
    CHECK(help.out.find("  check         한 주의 체크인을 기록합니다\n") != std::string::npos);
    CHECK(run_mandalart({"help", "check"}).out.find("mandalart check 운동") != std::string::npos);
    // --lang en wins over the locale, anywhere on the line; --lang ko under an English one.
    CHECK(run_mandalart({"status", path, "--lang", "en"}, kDecember).out.find("of the weekly targets") != std::string::npos);
    ScopedEnv english("LANG", "en_US.UTF-8");
    CHECK(run_mandalart({"--lang=ko", "status", path}, kDecember).out.find("이번 주 주간 목표의 ") != std::string::npos);
    CHECK(run_mandalart({"status", path}, kDecember).out.find("of the weekly targets") != std::string::npos);
    // Every command has its Korean help.
    for (const char* name : {"new", "validate", "show", "set", "target", "start", "check", "status", "report", "export", "import",
                             "next", "merge", "git-setup", "merge-driver", "conflicts", "restore", "remind"}) {
        INFO(name);
        const auto r = run_mandalart({"help", name, "--lang", "ko"});
        CHECK(r.exit_code == 0);
        CHECK(r.out.rfind("사용법: mandalart ", 0) == 0);
    }
}
