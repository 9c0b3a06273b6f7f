// The built binary, end to end.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_process.hpp"

using namespace mandalart::testing;

namespace {

std::size_t count_lines(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

}  // namespace

TEST_CASE("help and version") {
    const auto help = run_mandalart({"--help"});
    CHECK(help.exit_code == 0);
    for (const char* command : {"new", "validate", "show", "set", "target"}) CHECK(help.out.find(command) != std::string::npos);
    const auto version = run_mandalart({"--version"});
    CHECK(version.exit_code == 0);
    CHECK(version.out.rfind("mandalart ", 0) == 0);
    const auto show_help = run_mandalart({"help", "show"});
    CHECK(show_help.exit_code == 0);
    CHECK(show_help.out.rfind("usage: mandalart show FILE [--format text|csv|json]", 0) == 0);
    CHECK(run_mandalart({"set", "--help"}).out.find("bottom-right") != std::string::npos);
}

TEST_CASE("usage errors exit 2 with a message on stderr") {
    const auto unknown = run_mandalart({"frobnicate"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.rfind("mandalart: no command \"frobnicate\"", 0) == 0);
    const auto missing = run_mandalart({"set", "x.mandalart.json", "core"});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err == "mandalart: missing arguments\nusage: mandalart set FILE CELL TEXT\n");
    const auto bad_option = run_mandalart({"new", "x.mandalart.json", "--colour", "red"});
    CHECK(bad_option.exit_code == 2);
    CHECK(bad_option.err.rfind("mandalart: unknown option --colour", 0) == 0);
    CHECK(missing.out.empty());
}

TEST_CASE("new, set and target in Hangul, then validate and show in all three formats") {
    TempFolder dir;
    const std::string file = dir.file("2026.mandalart.json");
    REQUIRE(run_mandalart({"new", file, "--year", "2026", "--title", "나의 2026"}).exit_code == 0);
    REQUIRE(run_mandalart({"set", file, "core", "성장하는 개발자"}).exit_code == 0);
    REQUIRE(run_mandalart({"set", file, "3", "영어 실력"}).exit_code == 0);
    REQUIRE(run_mandalart({"set", file, "3.5", "전화 영어, 주 2회"}).exit_code == 0);
    REQUIRE(run_mandalart({"set", file, "8.8", "\"따옴표\"와\n줄바꿈"}).exit_code == 0);
    REQUIRE(run_mandalart({"target", file, "3.5", "2/week"}).exit_code == 0);
    const auto valid = run_mandalart({"validate", file});
    CHECK(valid.exit_code == 0);
    CHECK(valid.out == "ok\n");

    const auto json = run_mandalart({"show", file, "--format", "json"});
    REQUIRE(json.exit_code == 0);
    const auto j = nlohmann::json::parse(json.out);
    CHECK(j["year"] == 2026);
    CHECK(j["title"] == "나의 2026");
    CHECK(j["grid"][4][4] == "성장하는 개발자");
    CHECK(j["grid"][3][5] == "영어 실력");  // sub-goal 3 in the centre block
    CHECK(j["grid"][1][7] == "영어 실력");  // and at the centre of its own block
    CHECK(j["grid"][1][8] == "전화 영어, 주 2회");
    CHECK(j["grid"][8][8] == "\"따옴표\"와\n줄바꿈");

    const auto csv = run_mandalart({"show", file, "--format", "csv"});
    REQUIRE(csv.exit_code == 0);
    CHECK(csv.out.find(",,,,,영어 실력,,,\r\n") != std::string::npos);
    CHECK(csv.out.find(",영어 실력,\"전화 영어, 주 2회\"\r\n") != std::string::npos);
    CHECK(csv.out.find("\"\"\"따옴표\"\"와\n줄바꿈\"\r\n") != std::string::npos);

    const auto text = run_mandalart({"show", file});
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.find("| 성장하는 ") != std::string::npos);  // 15 columns: wrapped at the space
    CHECK(text.out.find("| 개발자 ") != std::string::npos);
    CHECK(text.out.find("| 영어 실력 ") != std::string::npos);
    CHECK(text.out.rfind("나의 2026\n2026\n", 0) == 0);

    const auto stored = nlohmann::json::parse(read_all(file));
    CHECK(stored["sub_goals"][2]["actions"][4]["target"] == "2/week");
}

TEST_CASE("the text table keeps every line the same display width with Hangul") {
    TempFolder dir;
    const std::string file = dir.file("example.mandalart.json");
    REQUIRE(run_mandalart({"new", file, "--example", "--year", "2026"}).exit_code == 0);
    const auto text = run_mandalart({"show", file});
    REQUIRE(text.exit_code == 0);
    for (const char* cell : {"건강한 몸", "주 3회 운동", "충분한 휴식", "성장하는"}) CHECK(text.out.find(cell) != std::string::npos);
    CHECK(count_lines(text.out) > 20);
}

TEST_CASE("bad input exits 1, says why in one line and leaves the file unchanged") {
    TempFolder dir;
    const std::string file = dir.file("p.mandalart.json");
    REQUIRE(run_mandalart({"new", file, "--example"}).exit_code == 0);
    const std::string before = read_all(file);

    const auto again = run_mandalart({"new", file});
    CHECK(again.exit_code == 1);
    CHECK(again.err == file + ": already exists; not overwriting it\n");

    const auto bad_cell = run_mandalart({"set", file, "9.1", "x"});
    CHECK(bad_cell.exit_code == 1);
    CHECK(bad_cell.err == "mandalart: no cell \"9.1\"; use title, core, N or N.M with N and M from 1 to 8\n");

    const auto too_long = run_mandalart({"set", file, "core", std::string(201, 'x')});
    CHECK(too_long.exit_code == 1);
    CHECK(too_long.err == file + ": text too long: 201 characters, at most 200\n");

    const auto bad_target = run_mandalart({"target", file, "1.1", "8/week"});
    CHECK(bad_target.exit_code == 1);
    CHECK(bad_target.err == "mandalart: target \"8/week\" out of range: N/week needs N from 1 to 7\n");

    const auto target_on_goal = run_mandalart({"target", file, "1", "once"});
    CHECK(target_on_goal.exit_code == 1);
    CHECK(count_lines(target_on_goal.err) == 1);

    const auto bad_format = run_mandalart({"show", file, "--format", "xml"});
    CHECK(bad_format.exit_code == 2);
    CHECK(read_all(file) == before);
}

TEST_CASE("commands on a bad file exit 1 with one line and write nothing") {
    TempFolder dir;
    const std::string file = dir.file("broken.mandalart.json");
    const std::string bytes = "{\"format\": \"mandalart\",\n \"year\": }";
    write_all(file, bytes);
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"validate", file}, {"show", file}, {"set", file, "core", "x"}, {"target", file, "1.1", "once"}}) {
        const auto r = run_mandalart(args);
        INFO(args[0]);
        CHECK(r.exit_code == 1);
        CHECK(count_lines(r.err) == 1);
        CHECK(r.err.rfind(file + ":2:10: ", 0) == 0);
        CHECK(r.out.empty());
    }
    CHECK(read_all(file) == bytes);
    CHECK(dir.entries() == std::vector<std::string>{"broken.mandalart.json"});
}

TEST_CASE("the CLI refuses to change a file from a newer format version") {
    TempFolder dir;
    const std::string file = dir.file("newer.mandalart.json");
    REQUIRE(run_mandalart({"new", file, "--example"}).exit_code == 0);
    auto j = nlohmann::ordered_json::parse(read_all(file));
    j["format_version"] = 7;
    const std::string bytes = j.dump(2) + "\n";
    write_all(file, bytes);
    const auto valid = run_mandalart({"validate", file});
    CHECK(valid.exit_code == 0);
    CHECK(valid.out == "ok (made by a newer version of mandalart: read-only here)\n");
    const auto set = run_mandalart({"set", file, "core", "x"});
    CHECK(set.exit_code == 1);
    CHECK(set.err == file + ": made by a newer version of mandalart; it can be read but not changed by this version\n");
    CHECK(read_all(file) == bytes);
}
