#include "storage/edit_json.hpp"

#include <nlohmann/json.hpp>

#include "core/colour.hpp"
#include "core/target.hpp"

namespace mandalart {
namespace {

using nlohmann::json;

struct Encoder {
    json operator()(const SetText& e) const { return {{"edit", "text"}, {"cell", format_address(e.cell)}, {"text", e.text}}; }
    json operator()(const SetTitle& e) const { return {{"edit", "title"}, {"text", e.text}}; }
    json operator()(const SetStart& e) const { return {{"edit", "start"}, {"week", e.week}}; }
    json operator()(const SetActionStart& e) const {
        return {{"edit", "action_start"}, {"n", e.sub_goal}, {"m", e.action}, {"week", e.week}};
    }
    json operator()(const SetTarget& e) const {
        return {{"edit", "target"}, {"n", e.sub_goal}, {"m", e.action}, {"target", format_target(e.target)}};
    }
    json operator()(const SetNote& e) const { return {{"edit", "note"}, {"n", e.sub_goal}, {"m", e.action}, {"text", e.text}}; }
    json operator()(const SetColour& e) const { return {{"edit", "colour"}, {"n", e.sub_goal}, {"colour", format_colour(e.colour)}}; }
    json operator()(const SetCount& e) const {
        return {{"edit", "count"}, {"week", e.week}, {"n", e.sub_goal}, {"m", e.action}, {"count", e.count}};
    }
    json operator()(const SetWeekNote& e) const { return {{"edit", "week_note"}, {"week", e.week}, {"text", e.text}}; }
    json operator()(const SetSkipped& e) const { return {{"edit", "skipped"}, {"week", e.week}, {"skipped", e.skipped}}; }
    json operator()(const SetReflection& e) const { return {{"edit", "reflection"}, {"n", e.sub_goal}, {"text", e.text}}; }
    json operator()(const ResolveConflict& e) const {
        return {{"edit", "resolve"}, {"index", e.index}, {"theirs", e.take_theirs}};
    }
    template <class Other>
    json operator()(const Other&) const { return nullptr; }  // not carried
};

struct Malformed {
    std::string what;
};

int number(const json& j, const char* key) {
    if (!j.contains(key) || !j.at(key).is_number_integer()) throw Malformed{std::string("expected an integer \"") + key + "\""};
    const auto value = j.at(key).get<long long>();
    if (value < 0 || value > 10000) throw Malformed{std::string("\"") + key + "\" out of range"};
    return static_cast<int>(value);
}
std::string text(const json& j, const char* key) {
    if (!j.contains(key) || !j.at(key).is_string()) throw Malformed{std::string("expected a string \"") + key + "\""};
    return j.at(key).get<std::string>();
}
bool flag(const json& j, const char* key) {
    if (!j.contains(key) || !j.at(key).is_boolean()) throw Malformed{std::string("expected true or false \"") + key + "\""};
    return j.at(key).get<bool>();
}

Edit decode(const json& j) {
    if (!j.is_object()) throw Malformed{"expected an object"};
    const std::string kind = text(j, "edit");
    if (kind == "text") {
        const auto cell = parse_address(text(j, "cell"));
        if (!cell) throw Malformed{"no such cell"};
        return SetText{*cell, text(j, "text")};
    }
    if (kind == "title") return SetTitle{text(j, "text")};
    if (kind == "start") return SetStart{number(j, "week")};
    if (kind == "action_start") return SetActionStart{number(j, "n"), number(j, "m"), number(j, "week")};
    if (kind == "target") {
        const TargetParse target = parse_target(text(j, "target"));
        if (!target.target) throw Malformed{target.error};
        return SetTarget{number(j, "n"), number(j, "m"), *target.target};
    }
    if (kind == "note") return SetNote{number(j, "n"), number(j, "m"), text(j, "text")};
    if (kind == "colour") {
        const auto colour = parse_colour(text(j, "colour"));
        if (!colour) throw Malformed{"no such colour"};
        return SetColour{number(j, "n"), *colour};
    }
    if (kind == "count") return SetCount{number(j, "week"), number(j, "n"), number(j, "m"), number(j, "count")};
    if (kind == "week_note") return SetWeekNote{number(j, "week"), text(j, "text")};
    if (kind == "skipped") return SetSkipped{number(j, "week"), flag(j, "skipped")};
    if (kind == "reflection") return SetReflection{number(j, "n"), text(j, "text")};
    if (kind == "resolve") return ResolveConflict{static_cast<std::size_t>(number(j, "index")), flag(j, "theirs")};
    throw Malformed{"unknown edit \"" + kind + "\""};
}

}  // namespace

std::optional<std::string> encode_edits(const std::vector<Edit>& edits) {
    json out = json::array();
    for (const Edit& edit : edits) {
        json one = std::visit(Encoder{}, edit);
        if (one.is_null()) return std::nullopt;
        out.push_back(std::move(one));
    }
    return out.dump();
}

std::optional<std::vector<Edit>> decode_edits(const std::string& text_in, std::string& error) {
    const json parsed = json::parse(text_in, nullptr, false);
    if (!parsed.is_array()) {
        error = "expected a list of edits";
        return std::nullopt;
    }
    std::vector<Edit> edits;
    try {
        for (const json& j : parsed) edits.push_back(decode(j));
    } catch (const Malformed& m) {
        error = "a malformed edit: " + m.what;
        return std::nullopt;
    }
    return edits;
}

}  // namespace mandalart
