#pragma once
// Malformed plan files made from a real plan: cut at every byte, a bit flipped in every byte,
// a value of the wrong type at every JSON path, and the hand-made cases in tests/corpus/bad/.
// `sweep_bad_inputs` writes each to a file, opens it with the given opener (validate, the
// editor) and checks the promise: one clear line of valid UTF-8 naming the place, a refusal, and
// the file untouched; or, for a flipped bit that left a plan, a plan as good as any other.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "../figures.hpp"
#include "../storage/temp_folder.hpp"
#include "core/example_plan.hpp"
#include "core/text.hpp"
#include "storage/plan_json.hpp"

namespace mandalart::testing {

struct BadInput {
    BadInput(std::string name_, std::string bytes_, bool may_be_valid_ = false, std::string names_ = {}, bool names_place_ = false)
        : name(std::move(name_)), bytes(std::move(bytes_)), may_be_valid(may_be_valid_), names(std::move(names_)),
          names_place(names_place_) {}
    std::string name;
    std::string bytes;
    bool may_be_valid;  // a flipped bit inside a text can leave a valid plan
    std::string names;  // the refusal must name this (the JSON path of a wrong value)
    bool names_place;   // the refusal must say where: FILE:LINE:COLUMN: or FILE: /json/path:
};

// "FILE:12:5: …" or "FILE: /sub_goals/3/actions/4: …": the refusal says where the damage is.
inline bool names_a_place(const std::string& error, const std::string& path) {
    if (error.rfind(path, 0) != 0) return false;
    const std::string rest = error.substr(path.size());
    if (rest.rfind(": /", 0) == 0) return rest.find(": ", 3) != std::string::npos;
    std::size_t i = 0;
    for (int part = 0; part < 2; ++part) {  // ":LINE" then ":COLUMN", each at least one digit
        if (i >= rest.size() || rest[i] != ':') return false;
        const std::size_t digits = ++i;
        while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9') ++i;
        if (i == digits) return false;
    }
    return rest.compare(i, 2, ": ") == 0;
}

// A flipped bit that still decodes must give a plan as good as any other: it re-encodes to a
// file (`reencoded`) that decodes to the same plan, and the opener accepts that file too. Returns
// what failed.
inline std::string check_accepted_flip(const std::string& bytes, std::string& reencoded) {
    const DecodedPlan loaded = decode_plan(bytes, "flipped");
    if (!loaded.error.empty()) return "the opener accepted what decode_plan refuses: " + loaded.error;
    reencoded = encode_plan(loaded.plan, loaded.lineage);
    const DecodedPlan again = decode_plan(reencoded, "re-encoded");
    if (!again.error.empty()) return "the re-encoded plan does not load: " + again.error;
    if (!(again.plan == loaded.plan)) return "the re-encoded plan loads as a different plan";
    if (again.lineage != loaded.lineage) return "the re-encoded plan lost its lineage";
    return {};
}

// MANDALART_LONG=1 (scripts/test.sh --long) flips every bit of every byte, not one per byte.
inline bool long_run() {
    const char* value = std::getenv("MANDALART_LONG");
    return value != nullptr && std::string(value) == "1";
}

inline std::vector<std::string> json_pointers(const nlohmann::ordered_json& j, const std::string& at = "") {
    std::vector<std::string> pointers{at};
    if (j.is_object())
        for (const auto& [key, value] : j.items())
            for (std::string& p : json_pointers(value, at + "/" + key)) pointers.push_back(std::move(p));
    if (j.is_array())
        for (std::size_t i = 0; i < j.size(); ++i)
            for (std::string& p : json_pointers(j[i], at + "/" + std::to_string(i))) pointers.push_back(std::move(p));
    return pointers;
}

// Values of every JSON type other than `original`'s.
inline std::vector<nlohmann::ordered_json> wrong_values_for(const nlohmann::ordered_json& original) {
    std::vector<nlohmann::ordered_json> all{nullptr, true, 42, 2.5, "문자열", nlohmann::ordered_json::array(), nlohmann::ordered_json::object()};
    std::vector<nlohmann::ordered_json> wrong;
    for (auto& v : all) {
        const bool same = v.type() == original.type() || (v.is_number_integer() && original.is_number_integer()) ||
                          (v.is_number() && original.is_number_float());
        if (!same) wrong.push_back(std::move(v));
    }
    return wrong;
}

// The example, holding conflicts a merge left too, so that every kind of value is swept.
inline std::string sweep_plan() {
    Plan plan = make_example_plan(2026);
    plan.conflicts = {{ConflictField::ActionNote, "a3.5", 0, "저녁에"}, {ConflictField::WeekNote, "", 12, "출장"}};
    return encode_plan(plan);
}

inline std::vector<BadInput> generated_bad_inputs() {
    const std::string plan = sweep_plan();
    std::vector<BadInput> inputs;
    inputs.push_back({"cut at byte 0 (empty)", ""});
    for (std::size_t cut = 1; cut < plan.size() - 1; ++cut)  // the last byte is a newline: cutting it leaves a valid plan
        inputs.push_back({"cut at byte " + std::to_string(cut), plan.substr(0, cut), false, {}, true});
    for (std::size_t at = 0; at < plan.size(); ++at)
        for (int bit = 0; bit < 8; ++bit) {
            if (!long_run() && bit != static_cast<int>(at % 8)) continue;
            std::string flipped = plan;
            flipped[at] = static_cast<char>(flipped[at] ^ (1 << bit));
            inputs.push_back({"bit " + std::to_string(bit) + " of byte " + std::to_string(at) + " flipped", flipped, true, {}, true});
        }
    const auto good = nlohmann::ordered_json::parse(plan);
    for (const std::string& pointer : json_pointers(good)) {
        if (pointer.empty()) continue;
        const nlohmann::ordered_json::json_pointer ptr(pointer);
        for (const auto& wrong : wrong_values_for(good.at(ptr))) {
            nlohmann::ordered_json j = good;
            j[ptr] = wrong;
            inputs.push_back({pointer + " = " + wrong.dump(), j.dump(2), false, ": " + pointer, true});
        }
    }
    return inputs;
}

// The hand-made corpus (tests/corpus/bad/*.json) plus the cases too big to keep in git.
inline std::vector<BadInput> corpus_bad_inputs() {
    std::vector<BadInput> inputs;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(MANDALART_SOURCE_DIR) + "/tests/corpus/bad"))
        inputs.push_back({entry.path().filename().string(), read_all(entry.path().string())});
    const std::string plan = encode_plan(make_example_plan(2026));
    inputs.push_back({"100,000-deep nesting", std::string(100000, '[') + std::string(100000, ']')});
    inputs.push_back({"100,000-deep nesting in a value",
                      plan.substr(0, plan.size() - 2) + ", \"x\": " + std::string(100000, '{') + std::string(100000, '}') + "}"});
    nlohmann::ordered_json huge = nlohmann::ordered_json::parse(plan);
    huge["core"] = std::string(10 * 1024 * 1024, 'x');
    inputs.push_back({"a 10 MB core goal", huge.dump()});
    inputs.push_back({"3 MB of invalid UTF-8 in a value",
                      plan.substr(0, plan.size() - 2) + ", \"x\": \"" + std::string(3 * 1024 * 1024, '\xEA') + "\"}"});
    return inputs;
}

// What opening a file gave: the exit code (1: refused) and what it printed on error.
struct OpenOutcome {
    int code = 0;
    std::string error;
};
using Opener = std::function<OpenOutcome(const std::string& path)>;

// Writes each input to a file, opens it and checks: refused (exit 1) with one line of valid UTF-8
// naming the file (and where, when the input says so), or — only where it may be valid —
// accepted as a plan as good as any other (check_accepted_flip, whose re-encoded file the opener
// accepts too); the file and its folder never change.
inline void sweep_bad_inputs(const std::vector<BadInput>& inputs, const Opener& open, const std::string& figure) {
    TempFolder dir;
    const std::string path = dir.file("bad.mandalart.json");
    long refused = 0, accepted = 0;
    for (const BadInput& input : inputs) {
        write_all(path, input.bytes);
        const OpenOutcome outcome = open(path);
        if (read_all(path) != input.bytes) FAIL(input.name << ": the file was changed");
        if (dir.entries() != std::vector<std::string>{"bad.mandalart.json"}) FAIL(input.name << ": something was written beside it");
        INFO(input.name << ": exit " << outcome.code << ", \"" << outcome.error << "\"");
        if (outcome.code == 0 && input.may_be_valid) {
            std::string reencoded;
            const std::string problem = check_accepted_flip(input.bytes, reencoded);
            if (!problem.empty()) FAIL(input.name << ": accepted, but " << problem);
            write_all(path, reencoded);
            if (open(path).code != 0) FAIL(input.name << ": accepted, but its re-encoded file is refused");
            ++accepted;
            continue;
        }
        const bool ok_refusal = outcome.code == 1 && !outcome.error.empty() && outcome.error.find('\n') == std::string::npos &&
                                !find_invalid_utf8(outcome.error) && outcome.error.rfind(path, 0) == 0 &&
                                outcome.error.find(input.names) != std::string::npos &&
                                (!input.names_place || names_a_place(outcome.error, path));
        if (!ok_refusal) CHECK(false);
        refused += outcome.code == 1 ? 1 : 0;
    }
    CHECK(refused > 0);
    record_figure(figure, static_cast<long long>(inputs.size()));
    record_figure(figure + "_refused", refused);
    record_figure(figure + "_accepted", accepted);
}

}  // namespace mandalart::testing
