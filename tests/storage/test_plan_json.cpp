#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "core/example_plan.hpp"
#include "storage/plan_file.hpp"
#include "storage/plan_json.hpp"
#include "temp_folder.hpp"

using namespace mandalart;
using namespace mandalart::testing;

TEST_CASE("a plan survives encode → decode exactly, Hangul and notes included") {
    Plan plan = make_example_plan(2026);
    plan.action(3, 4).note = "줄바꿈\n포함, \"따옴표\"";
    plan.goal(5).colour = Colour{1, 2, 3};
    const DecodedPlan back = decode_plan(encode_plan(plan), "p");
    REQUIRE(back.error.empty());
    CHECK_FALSE(back.read_only);
    CHECK(back.plan == plan);
}

TEST_CASE("check-ins survive encode → decode exactly, keyed by week and action id") {
    Plan plan = make_example_plan(2026);
    simulate_check_ins(plan, 53);
    plan.weeks[53].note = "마지막 주, \"따옴표\"\n둘째 줄";
    plan.weeks[20].unknown.entries.emplace_back("mood", "\"좋음\"");
    const std::string text = encode_plan(plan);
    const DecodedPlan back = decode_plan(text, "p");
    REQUIRE(back.error.empty());
    CHECK(back.plan == plan);
    CHECK(encode_plan(back.plan) == text);
    const auto j = nlohmann::ordered_json::parse(text);
    CHECK(j["weeks"].contains("2026-W53"));
    CHECK(j["weeks"]["2026-W53"]["note"] == "마지막 주, \"따옴표\"\n둘째 줄");
    CHECK(j["weeks"]["2026-W20"]["mood"] == "좋음");
    CHECK(j["weeks"].begin().key() == "2026-W01");  // in week order
}

// What each earlier version wrote of the example plan: version 1 had no "weeks" and no
// "reflection", version 2 no "reflection", version 3 no "start", version 4 no "conflicts".
std::string example_as_version(int version) {
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(encode_plan(make_example_plan(2026)));
    j["format_version"] = version;
    if (version < 4) j.erase("start");
    if (version < 3) {
        j.erase("reflection");
        for (auto& goal : j["sub_goals"]) goal.erase("reflection");
    }
    if (version < 2) j.erase("weeks");
    else j["weeks"] = {{"2026-W10", {{"skipped", false}, {"note", "메모"}, {"counts", {{"a1.1", 2}}}}}};
    return j.dump(2) + "\n";
}

TEST_CASE("files of every earlier format version load, start in W01 and are written back as version 6") {
    for (int version = 1; version <= 5; ++version) {
        INFO("format version " << version);
        const DecodedPlan loaded = decode_plan(example_as_version(version), "old.mandalart.json");
        REQUIRE(loaded.error.empty());
        CHECK_FALSE(loaded.read_only);
        CHECK(loaded.plan.start == 1);
        Plan expected = make_example_plan(2026);
        if (version >= 2) expected.weeks[10] = WeekLog{{{"a1.1", 2}}, "메모", false, {}};
        CHECK(loaded.plan == expected);
        Document doc(loaded.plan, "old.mandalart.json");
        REQUIRE(doc.apply(SetCount{11, 1, 1, 1}).empty());
        const auto saved = nlohmann::ordered_json::parse(encode_plan(doc.plan()));
        CHECK(saved["format_version"] == 6);
        CHECK_FALSE(saved.contains("conflicts"));  // written only when a merge left some
        CHECK(saved["min_reader_version"] == 1);
        CHECK(saved["start"] == "2026-W01");
        CHECK(saved["weeks"]["2026-W11"]["counts"]["a1.1"] == 1);
    }
}

TEST_CASE("the start week round-trips and a bad one is refused with its path") {
    Plan plan = make_example_plan(2026);
    plan.start = 29;
    const std::string text = encode_plan(plan);
    CHECK(text.find("\"start\": \"2026-W29\"") != std::string::npos);
    CHECK(decode_plan(text, "p").plan.start == 29);
    auto j = nlohmann::ordered_json::parse(text);
    j["start"] = "2025-W29";
    CHECK(decode_plan(j.dump(), "F").error == "F: /start: week is not in the plan's year 2026");
    j["start"] = "2026-W54";
    CHECK(decode_plan(j.dump(), "F").error == "F: /start: expected an ISO week like \"2026-W01\"");
    j["start"] = 29;
    CHECK(decode_plan(j.dump(), "F").error == "F: /start: expected an ISO week like \"2026-W01\"");
}

TEST_CASE("the output is stable: fixed key order, 2-space indent, trailing newline, raw UTF-8") {
    const std::string text = encode_plan(make_example_plan(2026));
    CHECK(text.rfind("{\n  \"format\": \"mandalart\",\n  \"format_version\": 6,\n  \"min_reader_version\": 1,\n  \"year\": 2026,\n"
                     "  \"start\": \"2026-W01\",\n",
                     0) == 0);
    CHECK(text.back() == '\n');
    CHECK(text.find("\"core\": \"성장하는 개발자\"") != std::string::npos);
    CHECK(text.find("\\u") == std::string::npos);
    CHECK(text.find("\"id\": \"g1\",\n      \"text\": \"건강한 몸\",\n      \"colour\": \"#E15759\",\n      \"actions\": [") !=
          std::string::npos);
    // Saving again what was loaded gives the same bytes.
    CHECK(encode_plan(decode_plan(text, "p").plan) == text);
}

TEST_CASE("keys the program does not know are kept through load → edit → save at every level") {
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(encode_plan(make_blank_plan(2026)));
    j["future_top"] = {{"nested", {1, 2, 3}}, {"z", "마지막"}};
    j["sub_goals"][2]["future_goal"] = true;
    j["sub_goals"][7]["actions"][7]["future_action"] = {{"reminder", "08:00"}};
    const DecodedPlan loaded = decode_plan(j.dump(2), "p");
    REQUIRE(loaded.error.empty());
    Document doc(loaded.plan, "p");
    REQUIRE(doc.apply(SetText{CellAddress::act(8, 8), "새 실천"}).empty());
    const auto saved = nlohmann::ordered_json::parse(encode_plan(doc.plan()));
    CHECK(saved["future_top"] == j["future_top"]);
    CHECK(saved["future_top"].dump() == R"({"nested":[1,2,3],"z":"마지막"})");
    CHECK(saved["sub_goals"][2]["future_goal"] == true);
    CHECK(saved["sub_goals"][7]["actions"][7]["future_action"]["reminder"] == "08:00");
    CHECK(saved["sub_goals"][7]["actions"][7]["text"] == "새 실천");
}

TEST_CASE("a file from a newer but readable format version opens read-only and is never written") {
    TempFolder dir;
    const std::string path = dir.file("newer.mandalart.json");
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(encode_plan(make_example_plan(2030)));
    j["format_version"] = 7;
    j["hologram"] = "3d";
    const std::string bytes = j.dump(4);
    write_all(path, bytes);
    LoadedPlan loaded = load_plan_file(path);
    REQUIRE(loaded.error.empty());
    CHECK(loaded.read_only);
    Document doc(loaded.plan, path);
    doc.set_read_only(loaded.read_only);
    CHECK(doc.apply(SetText{CellAddress::core(), "x"}) == "the plan is open read-only");
    CHECK(save_document(doc, SaveOptions{real_file_system()}).error == "cannot save " + path + ": it is open read-only");
    CHECK(read_all(path) == bytes);
}

TEST_CASE("load → save through the file layer round-trips and marks the document saved") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    Document doc(make_example_plan(2026), path);
    doc.apply(SetText{CellAddress::core(), "올해의 목표"});
    REQUIRE(save_document(doc, SaveOptions{real_file_system()}).error.empty());
    CHECK_FALSE(doc.dirty());
    const LoadedPlan loaded = load_plan_file(path);
    REQUIRE(loaded.error.empty());
    CHECK(loaded.plan == doc.plan());
}

TEST_CASE("the complete example in docs/FORMAT.md is exactly what the program writes") {
    const std::string doc = read_all(MANDALART_SOURCE_DIR "/docs/FORMAT.md");
    const auto start = doc.find("```json\n", doc.find("## A complete example"));
    REQUIRE(start != std::string::npos);
    const auto end = doc.find("```", start + 8);
    REQUIRE(end != std::string::npos);
    CHECK(doc.substr(start + 8, end - start - 8) == encode_plan(make_example_plan(2026)));
}

TEST_CASE("the check-ins example in docs/FORMAT.md loads into the example plan") {
    const std::string doc = read_all(MANDALART_SOURCE_DIR "/docs/FORMAT.md");
    const auto section = doc.find("## Check-ins");
    REQUIRE(section != std::string::npos);
    const auto start = doc.find("```json\n", section);
    REQUIRE(start != std::string::npos);
    const auto end = doc.find("```", start + 8);
    const auto fragment = nlohmann::ordered_json::parse(doc.substr(start + 8, end - start - 8));
    nlohmann::ordered_json plan = nlohmann::ordered_json::parse(encode_plan(make_example_plan(2026)));
    plan["weeks"] = fragment.at("weeks");
    const DecodedPlan loaded = decode_plan(plan.dump(2), "FORMAT.md");
    REQUIRE(loaded.error.empty());
    CHECK(loaded.plan.count(10, 1, 1) == 2);
    CHECK(loaded.plan.week_log(10)->note.find("야근") != std::string::npos);
    REQUIRE(loaded.plan.week_log(11) != nullptr);
    CHECK(loaded.plan.week_log(11)->skipped);
}

TEST_CASE("reflections round-trip, are limited like notes and are undoable edits") {
    Plan plan = make_example_plan(2026);
    Document doc(plan, "r.mandalart.json");
    REQUIRE(doc.apply(SetReflection{0, "한 해를 돌아보며:\n운동은 지켰다."}).empty());
    REQUIRE(doc.apply(SetReflection{3, "독서는 절반만."}).empty());
    CHECK(doc.apply(SetReflection{9, "x"}) == "no such sub-goal 9");
    CHECK(doc.apply(SetReflection{1, std::string(kMaxNoteText + 1, 'a')}) == "text too long: 2001 characters, at most 2000");
    const std::string text = encode_plan(doc.plan());
    const auto j = nlohmann::ordered_json::parse(text);
    CHECK(j["reflection"] == "한 해를 돌아보며:\n운동은 지켰다.");
    CHECK(j["sub_goals"][2]["reflection"] == "독서는 절반만.");
    const DecodedPlan back = decode_plan(text, "r.mandalart.json");
    REQUIRE(back.error.empty());
    CHECK(back.plan == doc.plan());
    doc.undo();
    doc.undo();
    CHECK(doc.plan() == plan);

    auto bad = j;
    bad["sub_goals"][1]["reflection"] = 5;
    CHECK(decode_plan(bad.dump(), "r.json").error == "r.json: /sub_goals/1/reflection: expected a string");
}

TEST_CASE("conflicts round-trip by field, id and week, and bad ones are refused with their path") {
    Plan plan = make_example_plan(2026);
    plan.conflicts = {{ConflictField::ActionNote, "a3.5", 0, "그쪽 메모\n둘째 줄"},
                      {ConflictField::WeekNote, "", 12, "그쪽 주간 메모"},
                      {ConflictField::GoalColour, "g2", 0, "#AABBCC"},
                      {ConflictField::Start, "", 0, "2026-W04"}};
    const std::string text = encode_plan(plan);
    const DecodedPlan back = decode_plan(text, "p");
    REQUIRE(back.error.empty());
    CHECK(back.plan == plan);
    const auto j = nlohmann::ordered_json::parse(text);
    CHECK(j["conflicts"][0] == nlohmann::ordered_json{{"field", "action.note"}, {"id", "a3.5"}, {"theirs", "그쪽 메모\n둘째 줄"}});
    CHECK(j["conflicts"][1]["week"] == "2026-W12");

    const auto refused = [&](const nlohmann::ordered_json& conflict) {
        nlohmann::ordered_json bad = j;
        bad["conflicts"] = nlohmann::ordered_json::array({conflict});
        return decode_plan(bad.dump(), "p").error;
    };
    CHECK(refused({{"field", "action.mood"}, {"theirs", "x"}}) == "p: /conflicts/0/field: expected a field like \"action.note\"");
    CHECK(refused({{"field", "action.text"}, {"id", "a9.9"}, {"theirs", "x"}}) == "p: /conflicts/0/id: no action has the id \"a9.9\"");
    CHECK(refused({{"field", "week.note"}, {"week", "2025-W12"}, {"theirs", "x"}}) ==
          "p: /conflicts/0/week: expected a week of the plan's year like \"2026-W10\"");
    CHECK(refused({{"field", "goal.colour"}, {"id", "g1"}, {"theirs", "blue"}}) ==
          "p: /conflicts/0/theirs: expected a colour like \"#4E79A7\", got \"blue\"");
    CHECK(refused({{"field", "title"}, {"theirs", "x"}, {"when", "now"}}) == "p: /conflicts/0/when: unknown key in a conflict");
    CHECK(refused({{"field", "title"}}) == "p: /conflicts/0: missing key \"theirs\"");
    CHECK(refused({{"field", "goal.text"}, {"theirs", "x"}}) == "p: /conflicts/0/id: no sub-goal has the id \"\"");
}

TEST_CASE("an action's own start is written after the plan's start only and read back (format version 6)") {
    Plan plan = make_example_plan(2026);
    plan.start = 3;
    plan.action(2, 1).start = 50;
    const std::string text = encode_plan(plan);
    const auto j = nlohmann::ordered_json::parse(text);
    CHECK(j["sub_goals"][1]["actions"][0]["start"] == "2026-W50");
    CHECK_FALSE(j["sub_goals"][0]["actions"][0].contains("start"));  // from the plan's start: not written
    const DecodedPlan back = decode_plan(text, "p.mandalart.json");
    REQUIRE(back.error.empty());
    CHECK(back.plan == plan);
    // Migration: a version 5 file's actions have no start and count from the plan's start.
    CHECK(decode_plan(example_as_version(5), "old.mandalart.json").plan.action(2, 1).start == 0);
    // A start at or before the plan's is the plan's; one outside the year is refused with its path.
    auto edited = j;
    edited["sub_goals"][1]["actions"][0]["start"] = "2026-W02";
    CHECK(decode_plan(edited.dump(2), "p.mandalart.json").plan.action(2, 1).start == 0);
    edited["sub_goals"][1]["actions"][0]["start"] = "2027-W02";
    CHECK(decode_plan(edited.dump(2), "p.mandalart.json").error ==
          "p.mandalart.json: /sub_goals/1/actions/0/start: week is not in the plan's year 2026");
    edited["sub_goals"][1]["actions"][0]["start"] = 12;
    CHECK(decode_plan(edited.dump(2), "p.mandalart.json").error ==
          "p.mandalart.json: /sub_goals/1/actions/0/start: expected an ISO week like \"2026-W01\"");
}
