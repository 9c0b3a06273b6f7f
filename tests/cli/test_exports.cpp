// export, import, next and report --compare through the real binary.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "run_process.hpp"

using namespace mandalart::testing;
using nlohmann::json;

namespace {

const std::string kToday = "2026-12-28";

struct YearFile {
    TempFolder dir;
    std::string path = dir.file("2026.mandalart.json");
    YearFile() { REQUIRE(run_mandalart({"new", path, "--example", "--simulate", "--year", "2026"}, kToday).exit_code == 0); }
};

}  // namespace

TEST_CASE("export needs a format, and -o for the formats that write files") {
    YearFile f;
    CHECK(run_mandalart({"export", f.path}).exit_code == 2);
    const auto md = run_mandalart({"export", f.path, "--format", "md"});
    CHECK(md.exit_code == 2);
    CHECK(md.err.find("give -o OUT.md") != std::string::npos);
    CHECK(run_mandalart({"export", f.path, "--format", "pdf"}).exit_code == 2);
    CHECK(run_mandalart({"export", f.path, "--format", "svg", "--paper", "letter"}).exit_code == 2);
    const auto csv = run_mandalart({"export", f.path, "--format", "csv"});
    CHECK(csv.exit_code == 0);
    CHECK(csv.out.rfind("\xEF\xBB\xBF", 0) == 0);
}

TEST_CASE("export never writes over the plan itself") {
    YearFile f;
    const std::string before = read_all(f.path);
    for (const char* format : {"csv", "svg", "md", "png"}) {
        const auto r = run_mandalart({"export", f.path, "--format", format, "-o", f.path});
        CHECK(r.exit_code == 1);
        CHECK(r.err.find("is the plan itself") != std::string::npos);
    }
    CHECK(read_all(f.path) == before);
}

TEST_CASE("export md writes the retrospective and its pictures, in the language asked for") {
    YearFile f;
    const std::string out = f.dir.file("retro.md");
    const auto r = run_mandalart({"export", f.path, "--format", "md", "-o", out, "--lang", "en"}, kToday);
    CHECK(r.exit_code == 0);
    CHECK(r.out == "wrote " + out + ", " + f.dir.file("retro.png") + " and " + f.dir.file("retro-trend.png") + "\n");
    const std::string md = read_all(out);
    CHECK(md.find("## The year in numbers") != std::string::npos);
    CHECK(md.find("![Mandalart 2026](retro.png)") != std::string::npos);
    CHECK(md.find("![Weekly completion 2026](retro-trend.png)") != std::string::npos);
    CHECK(read_all(f.dir.file("retro.png")).rfind("\x89PNG", 0) == 0);
    CHECK(read_all(f.dir.file("retro-trend.png")).rfind("\x89PNG", 0) == 0);
    // Either picture already there is not replaced without --force.
    std::filesystem::remove(out);
    std::filesystem::remove(f.dir.file("retro.png"));
    const auto again = run_mandalart({"export", f.path, "--format", "md", "-o", out}, kToday);
    CHECK(again.exit_code == 1);
    CHECK(again.err == "mandalart: " + f.dir.file("retro-trend.png") + " already exists; add --force to replace it\n");
}

TEST_CASE("import reports disagreeing sub-goals, refuses text outside the chart and never overwrites") {
    YearFile f;
    const std::string csv = f.dir.file("grid.csv");
    std::string grid = run_mandalart({"show", f.path, "--format", "csv"}).out;
    const auto at = grid.find("건강한 몸", grid.find("건강한 몸") + 1);  // the centre block's copy comes second
    grid.replace(at, std::string("건강한 몸").size(), "몸 건강");
    write_all(csv, grid);
    const std::string plan = f.dir.file("imported.mandalart.json");
    const auto r = run_mandalart({"import", csv, "-o", plan, "--year", "2027"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == csv + ": sub-goal 1: D4 says \"몸 건강\" but B2 says \"건강한 몸\"; kept \"몸 건강\"\n");
    const json saved = json::parse(read_all(plan));
    CHECK(saved["year"] == 2027);
    CHECK(saved["sub_goals"][0]["text"] == "몸 건강");

    CHECK(run_mandalart({"import", csv, "-o", plan}).exit_code == 1);  // exists
    write_all(csv, grid + ",,,,,,,,,,stray\r\n");
    const std::string other = f.dir.file("other.mandalart.json");
    const auto bad = run_mandalart({"import", csv, "-o", other});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err == csv + ": cell K10 is outside the 9×9 chart (A1:I9): \"stray\"\n");
    CHECK_FALSE(std::filesystem::exists(other));
}

TEST_CASE("next starts the following year; --carry unfinished leaves out what reached 100%") {
    YearFile f;
    const std::string all = f.dir.file("2027.mandalart.json");
    const auto r = run_mandalart({"next", f.path, "-o", all}, kToday);
    CHECK(r.exit_code == 0);
    const json next = json::parse(read_all(all));
    CHECK(next["year"] == 2027);
    CHECK(next["weeks"].empty());
    // Every action but the milestones reached this year (never carried as ones to do again).
    const json year = json::parse(run_mandalart({"report", f.path, "--format", "json"}, kToday).out);
    int carried_all = 0;
    for (int n = 0; n < 8; ++n)
        for (int m = 0; m < 8; ++m) {
            const json& a = year["sub_goals"][n]["actions"][m];
            const bool reached = a["target"] == "once" && a["completion"].is_number() && a["completion"].get<double>() >= 1.0;
            CHECK(next["sub_goals"][n]["actions"][m]["text"].get<std::string>().empty() == reached);
            carried_all += reached ? 0 : 1;
        }
    CHECK(carried_all < 64);  // the example reaches some milestones
    CHECK(r.out == "wrote " + all + ": 2027, " + std::to_string(carried_all) + " actions carried over\n");

    const std::string some = f.dir.file("2027b.mandalart.json");
    CHECK(run_mandalart({"next", f.path, "-o", some, "--carry", "unfinished"}, kToday).exit_code == 0);
    const json report = json::parse(run_mandalart({"report", f.path, "--format", "json"}, kToday).out);
    const json carried = json::parse(read_all(some));
    for (int n = 0; n < 8; ++n)
        for (int m = 0; m < 8; ++m) {
            const json& a = report["sub_goals"][n]["actions"][m];
            const bool done = a["completion"].is_number() && a["completion"].get<double>() >= 1.0;
            CHECK(carried["sub_goals"][n]["actions"][m]["text"].get<std::string>().empty() == done);
        }
    CHECK(run_mandalart({"next", f.path, "-o", all}).exit_code == 1);  // refuses to overwrite
    CHECK(run_mandalart({"next", f.path, "--carry", "some", "-o", f.dir.file("x.json")}).exit_code == 2);

    const std::string empty = f.dir.file("2027c.mandalart.json");
    CHECK(run_mandalart({"next", f.path, "-o", empty, "--carry", "empty", "--default-colours"}, kToday).exit_code == 0);
    const json fresh = json::parse(read_all(empty));
    const json blank = json::parse(run_mandalart({"new", f.dir.file("blank.mandalart.json"), "--year", "2027"}).exit_code == 0
                                       ? read_all(f.dir.file("blank.mandalart.json"))
                                       : "{}");
    CHECK(fresh["core"] == json::parse(read_all(f.path))["core"]);
    CHECK(fresh["sub_goals"][0]["text"] == "");
    CHECK(fresh["sub_goals"][0]["actions"][0]["text"] == "");
    CHECK(fresh["sub_goals"][0]["colour"] == blank["sub_goals"][0]["colour"]);
}

TEST_CASE("report --compare sets last year's numbers beside this year's") {
    YearFile f;
    const std::string next = f.dir.file("2027.mandalart.json");
    REQUIRE(run_mandalart({"next", f.path, "-o", next}, kToday).exit_code == 0);
    REQUIRE(run_mandalart({"check", next, "1.1", "--week", "2027-W01", "--count", "3"}, "2027-01-06").exit_code == 0);
    const auto r = run_mandalart({"report", next, "--compare", f.path, "--format", "json"}, "2027-01-06");
    REQUIRE(r.exit_code == 0);
    const json now = json::parse(r.out);
    const json last = json::parse(run_mandalart({"report", f.path, "--format", "json"}, "2027-01-06").out);
    CHECK(now["previous"]["year"] == 2026);
    CHECK(now["previous"]["overall"] == last["overall"]);
    CHECK(now["sub_goals"][0]["previous_completion"] == last["sub_goals"][0]["completion"]);
    CHECK(now["sub_goals"][0]["actions"][0]["previous_completion"] == last["sub_goals"][0]["actions"][0]["completion"]);
    const auto text = run_mandalart({"report", next, "--compare", f.path}, "2027-01-06");
    CHECK(text.out.find("last year") != std::string::npos);
    CHECK(run_mandalart({"report", next, "--compare", f.dir.file("missing.json")}).exit_code == 1);
}

TEST_CASE("export never replaces a file without --force, the retrospective's image included") {
    YearFile f;
    const std::string png = f.dir.file("chart.png");
    write_all(png, "made a moment ago");
    auto r = run_mandalart({"export", f.path, "--format", "png", "-o", png}, kToday);
    CHECK(r.exit_code == 1);
    CHECK(r.err == "mandalart: " + png + " already exists; add --force to replace it\n");
    CHECK(read_all(png) == "made a moment ago");
    // export md writes chart.md and chart.png: the PNG beside it is protected too.
    r = run_mandalart({"export", f.path, "--format", "md", "-o", f.dir.file("chart.md")}, kToday);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(png + " already exists") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(f.dir.file("chart.md")));
    CHECK(read_all(png) == "made a moment ago");
    r = run_mandalart({"export", f.path, "--format", "png", "-o", png, "--force"}, kToday);
    CHECK(r.exit_code == 0);
    CHECK(read_all(png).rfind("\x89PNG", 0) == 0);
}
