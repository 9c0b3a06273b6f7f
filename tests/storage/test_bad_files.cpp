// Every class of bad plan file gives one clear line, and loading never writes anything.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "core/example_plan.hpp"
#include "storage/plan_file.hpp"
#include "storage/plan_json.hpp"
#include "temp_folder.hpp"

using namespace mandalart;
using namespace mandalart::testing;
using nlohmann::ordered_json;

namespace {

ordered_json good_json() { return ordered_json::parse(encode_plan(make_example_plan(2026))); }

// Writes `bytes` to a file, loads it, checks the folder is unchanged, returns the error.
std::string load_error(const std::string& bytes) {
    TempFolder dir;
    const std::string path = dir.file("bad.mandalart.json");
    write_all(path, bytes);
    const LoadedPlan loaded = load_plan_file(path);
    CHECK(read_all(path) == bytes);
    CHECK(dir.entries() == std::vector<std::string>{"bad.mandalart.json"});
    CHECK(loaded.error.find('\n') == std::string::npos);
    // Report the message relative to the file name so expectations stay readable.
    std::string message = loaded.error;
    if (message.rfind(path, 0) == 0) message = "FILE" + message.substr(path.size());
    return message;
}

}  // namespace

TEST_CASE("malformed JSON is reported as FILE:LINE:COL: message") {
    CHECK(load_error("{\n  \"format\": \"mandalart\",\n  \"year\": 20x6\n}") ==
          "FILE:3:13: syntax error while parsing object - invalid literal; last read: '20x'; expected '}'");
    CHECK(load_error("{\"a\": [1, 2, x]") ==
          "FILE:1:14: syntax error while parsing value - invalid literal; last read: '2, x'");
}

// (Every cut through validate and the editor: tests/reliability/bad_inputs.hpp.) Here: the
// place a cut plan's refusal names is the line where the file ends, where the damage is.
TEST_CASE("a truncated plan is refused at the line where it ends") {
    const std::string text = encode_plan(make_example_plan(2026));
    for (std::size_t cut = 1; cut < text.size() - 1; cut += 7) {
        const std::string cut_text = text.substr(0, cut);
        const long lines = 1 + std::count(cut_text.begin(), cut_text.end(), '\n');
        const DecodedPlan d = decode_plan(cut_text, "FILE");
        INFO("cut at " << cut << ": " << d.error);
        CHECK(d.error.rfind("FILE:" + std::to_string(lines) + ":", 0) == 0);
    }
}

TEST_CASE("a wrong type names the JSON path") {
    ordered_json j = good_json();
    j["sub_goals"][3]["actions"][5]["text"] = 42;
    CHECK(load_error(j.dump()) == "FILE: /sub_goals/3/actions/5/text: expected a string");
    j = good_json();
    j["year"] = "2026";
    CHECK(load_error(j.dump()) == "FILE: /year: expected an integer");
    j = good_json();
    j["sub_goals"][1] = "건강";
    CHECK(load_error(j.dump()) == "FILE: /sub_goals/1: expected an object");
    j = good_json();
    j["sub_goals"][0]["actions"] = nullptr;
    CHECK(load_error(j.dump()) == "FILE: /sub_goals/0/actions: expected an array");
}

TEST_CASE("a missing key names where it is missing") {
    ordered_json j = good_json();
    j["sub_goals"][0].erase("text");
    CHECK(load_error(j.dump()) == "FILE: /sub_goals/0: missing key \"text\"");
    j = good_json();
    j.erase("core");
    CHECK(load_error(j.dump()) == "FILE: /: missing key \"core\"");
}

TEST_CASE("a refused value holding a line break is quoted on one line") {
    ordered_json j = good_json();
    j["sub_goals"][2]["actions"][5]["target"] = "o\nce";  // found by the fuzzer: the message took two lines
    CHECK(load_error(j.dump()) ==
          "FILE: /sub_goals/2/actions/5/target: expected N/week, N/month, N/year, once or none, got \"o\\nce\"");
}

TEST_CASE("values out of the model's range are refused with their path") {
    ordered_json j = good_json();
    j["sub_goals"][2]["actions"][0]["target"] = "9/week";
    CHECK(load_error(j.dump()) ==
          "FILE: /sub_goals/2/actions/0/target: target \"9/week\" out of range: N/week needs N from 1 to 7");
    j = good_json();
    j["sub_goals"][4]["colour"] = "blue";
    CHECK(load_error(j.dump()) == "FILE: /sub_goals/4/colour: expected a colour like \"#4E79A7\", got \"blue\"");
    j = good_json();
    j["sub_goals"].erase(7);
    CHECK(load_error(j.dump()) == "FILE: /sub_goals: expected 8 sub-goals, found 7");
    j = good_json();
    j["sub_goals"][1]["id"] = "g1";
    CHECK(load_error(j.dump()) == "FILE: /sub_goals/1/id: duplicate id \"g1\"");
    j = good_json();
    j["core"] = std::string(201, 'x');
    CHECK(load_error(j.dump()) == "FILE: /core: text too long: 201 characters, at most 200");
    j = good_json();
    j["year"] = 123456789012LL;
    CHECK(load_error(j.dump()) == "FILE: /year: year 10000 out of range 1900..9999");
    j = good_json();
    j["format"] = "notes";
    CHECK(load_error(j.dump()) == "FILE: /format: expected \"mandalart\"; this is not a Mandalart plan");
}

TEST_CASE("a file needing a newer reader is refused") {
    ordered_json j = good_json();
    j["format_version"] = 7;
    j["min_reader_version"] = 6;
    CHECK(load_error(j.dump()) ==
          "FILE: made by a newer version of mandalart (needs reader version 6, this program reads up to 5); "
          "please update mandalart");
}

TEST_CASE("bad check-ins name the week and the action") {
    ordered_json j = good_json();
    j["weeks"] = {{"2026-W10", {{"counts", {{"a1.1", 2}}}}}};
    CHECK(load_error(j.dump()).empty());
    j["weeks"] = {{"2026-10", ordered_json::object()}};
    CHECK(load_error(j.dump()) == "FILE: /weeks/2026-10: expected an ISO week like \"2026-W10\"");
    j["weeks"] = {{"2025-W10", ordered_json::object()}};
    CHECK(load_error(j.dump()) == "FILE: /weeks/2025-W10: week is not in the plan's year 2026");
    j["weeks"] = {{"2025-W53", ordered_json::object()}};  // 2025 has no W53
    CHECK(load_error(j.dump()) == "FILE: /weeks/2025-W53: expected an ISO week like \"2026-W10\"");
    j["weeks"] = {{"2026-W10", {{"counts", {{"a9.9", 1}}}}}};
    CHECK(load_error(j.dump()) == "FILE: /weeks/2026-W10/counts/a9.9: no action has the id \"a9.9\"");
    j["weeks"] = {{"2026-W10", {{"counts", {{"a1.1", "2"}}}}}};
    CHECK(load_error(j.dump()) == "FILE: /weeks/2026-W10/counts/a1.1: expected an integer");
    j["weeks"] = {{"2026-W10", {{"counts", {{"a1.1", 100}}}}}};
    CHECK(load_error(j.dump()) == "FILE: /weeks/2026-W10/counts/a1.1: count 100 out of range 0..99");
    j["weeks"] = {{"2026-W10", {{"skipped", "yes"}}}};
    CHECK(load_error(j.dump()) == "FILE: /weeks/2026-W10/skipped: expected true or false");
    j["weeks"] = {{"2026-W10", {{"note", 3}}}};
    CHECK(load_error(j.dump()) == "FILE: /weeks/2026-W10/note: expected a string");
    j["weeks"] = ordered_json::array();
    CHECK(load_error(j.dump()) == "FILE: /weeks: expected an object");
    j["weeks"] = {{"2026-W10", {{"counts", {{"a/b", 1}}}}}};
    CHECK(load_error(j.dump()) == "FILE: /weeks/2026-W10/counts/a~1b: no action has the id \"a/b\"");
}

TEST_CASE("invalid UTF-8 is refused with its byte offset") {
    // "가" is bytes 7..9; the stray 0xFF is byte 10, the 9th character of line 1.
    CHECK(load_error("{\"a\": \"가\xFF\"}") == "FILE:1:9: invalid UTF-8 at byte offset 10");
    std::string text = good_json().dump(2);
    const std::size_t at = text.find("성장");
    text[at + 1] = '\x41';  // breaks the three-byte sequence that starts at `at`
    CHECK(load_error(text).find(": invalid UTF-8 at byte offset " + std::to_string(at)) != std::string::npos);
}

TEST_CASE("nesting deeper than 64 is refused before parsing") {
    CHECK(load_error(std::string(100000, '[') + std::string(100000, ']')) == "FILE:1:65: nested deeper than 64 levels");
    ordered_json j = good_json();
    std::string deep = std::string(64, '[') + std::string(64, ']');
    CHECK(load_error("{\"x\": " + deep + "}") == "FILE:1:70: nested deeper than 64 levels");
}

TEST_CASE("a file over 16 MiB is refused before it is read") {
    std::string big = good_json().dump();
    big.insert(big.size() - 1, ", \"padding\": \"" + std::string(17 * 1024 * 1024, 'p') + "\"");
    CHECK(load_error(big) == "FILE: file is 17.0 MiB, larger than the 16.0 MiB limit for a plan");
}

TEST_CASE("empty files, a BOM and duplicate keys are refused") {
    CHECK(load_error("") == "FILE is empty (0 bytes): the file was damaged, often by a power cut or a failing disk");
    CHECK(load_error("\xEF\xBB\xBF" + good_json().dump()) ==
          "FILE: starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM");
    std::string dup = good_json().dump();
    dup.insert(dup.find("\"text\""), "\"text\": \"one\", ");
    CHECK(load_error(dup) == "FILE: /sub_goals/0: duplicate key \"text\"");
    CHECK(load_error("[1, 2]") == "FILE: /: expected an object");
}

TEST_CASE("a folder and a missing file are refused") {
    TempFolder dir;
    CHECK(load_plan_file(dir.path().string()).error == dir.path().string() + ": is a folder, not a plan file");
    const std::string missing = dir.file("nope.mandalart.json");
    const LoadedPlan gone = load_plan_file(missing);
    CHECK(gone.error == missing + ": No such file or directory");
    CHECK(gone.missing);
}
