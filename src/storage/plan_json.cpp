#include "storage/plan_json.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "core/calendar.hpp"
#include "core/text.hpp"
#include "storage/content_hash.hpp"
#include "storage/format_version.hpp"
#include "storage/strict_json.hpp"

namespace mandalart {

using nlohmann::ordered_json;

namespace {

// Keys this program understands at each level, in the order it writes them.
const std::vector<std::string> kTopKeys = {"format", "format_version", "min_reader_version", "year", "start", "title", "core", "sub_goals", "weeks", "reflection", "conflicts", "lineage"};
const std::vector<std::string> kGoalKeys = {"id", "text", "colour", "actions", "reflection"};
const std::vector<std::string> kActionKeys = {"id", "text", "target", "note", "start"};
const std::vector<std::string> kWeekKeys = {"skipped", "note", "counts"};
const std::vector<std::string> kConflictKeys = {"field", "id", "week", "theirs"};

bool is_known(const std::vector<std::string>& known, const std::string& key) {
    return std::find(known.begin(), known.end(), key) != known.end();
}

void write_unknown(ordered_json& out, const UnknownFields& unknown) {
    for (const auto& [key, text] : unknown.entries) out[key] = ordered_json::parse(text);
}

UnknownFields read_unknown(const ordered_json& object, const std::vector<std::string>& known) {
    UnknownFields unknown;
    for (const auto& [key, value] : object.items())
        if (!is_known(known, key)) unknown.entries.emplace_back(key, value.dump());
    return unknown;
}

// Thrown inside the decoder only, turned into DecodedPlan::error at the boundary.
struct SchemaError {
    std::string message;
};

// Reads typed fields of one JSON object and names its JSON pointer path in errors.
class Fields {
public:
    Fields(const ordered_json& value, std::string path) : value_(value), path_(std::move(path)) {
        if (!value_.is_object()) fail(path_, "expected an object");
    }

    const ordered_json& require(const std::string& key) const {
        const auto it = value_.find(key);
        if (it == value_.end()) fail(path_, "missing key \"" + key + "\"");
        return *it;
    }
    std::string string(const std::string& key, std::size_t limit) const {
        return checked_string(require(key), key, limit);
    }
    std::string optional_string(const std::string& key, std::size_t limit) const {
        return value_.contains(key) ? checked_string(value_.at(key), key, limit) : std::string{};
    }
    long long integer(const std::string& key) const {
        const ordered_json& v = require(key);
        if (!v.is_number_integer()) fail(at(key), "expected an integer");
        return v.get<long long>();
    }
    const ordered_json& array(const std::string& key, std::size_t size, const char* what) const {
        const ordered_json& v = require(key);
        if (!v.is_array()) fail(at(key), "expected an array");
        if (v.size() != size)
            fail(at(key), "expected " + std::to_string(size) + " " + what + ", found " + std::to_string(v.size()));
        return v;
    }
    bool optional_bool(const std::string& key) const {
        if (!value_.contains(key)) return false;
        const ordered_json& v = value_.at(key);
        if (!v.is_boolean()) fail(at(key), "expected true or false");
        return v.get<bool>();
    }
    std::string at(const std::string& key) const { return path_ + "/" + pointer_token(key); }
    const ordered_json& json() const { return value_; }

    [[noreturn]] static void fail(const std::string& path, const std::string& message) {
        throw SchemaError{(path.empty() ? std::string("/") : path) + ": " + message};
    }

private:
    std::string checked_string(const ordered_json& v, const std::string& key, std::size_t limit) const {
        if (!v.is_string()) fail(at(key), "expected a string");
        std::string text = v.get<std::string>();
        if (const std::string problem = check_text(text, limit); !problem.empty()) fail(at(key), problem);
        return text;
    }

    const ordered_json& value_;
    std::string path_;
};

class IdRegistry {
public:
    void claim(const std::string& id, const std::string& path) {
        if (id.empty()) Fields::fail(path, "an id must not be empty");
        if (!ids_.insert(id).second) Fields::fail(path, "duplicate id \"" + id + "\"");
    }

private:
    std::set<std::string> ids_;
};

// An ISO week field like "2026-W29", in the plan's year; `absent` when the key is not there.
int read_week(const Fields& f, const std::string& key, int year, int absent) {
    if (!f.json().contains(key)) return absent;
    const ordered_json& value = f.json().at(key);
    const std::string example = "expected an ISO week like \"" + format_week({year, 1}) + "\"";
    if (!value.is_string()) Fields::fail(f.at(key), example);
    const auto week = parse_week(value.get<std::string>());
    if (!week) Fields::fail(f.at(key), example);
    if (week->year != year) Fields::fail(f.at(key), "week is not in the plan's year " + std::to_string(year));
    return week->week;
}

// An action's own start (format version 6): the week its text was first written, when that was
// after the plan's start. Older files have none: their actions count from the plan's start.
int read_action_start(const Fields& f, int year, int plan_start) {
    const int week = read_week(f, "start", year, 0);
    return week > plan_start ? week : 0;
}

Action read_action(const ordered_json& json, const std::string& path, IdRegistry& ids, int year, int plan_start) {
    const Fields f(json, path);
    Action a;
    a.id = f.string("id", kMaxCellText);
    ids.claim(a.id, f.at("id"));
    a.text = f.string("text", kMaxCellText);
    const TargetParse target = parse_target(f.string("target", kMaxCellText));
    if (!target.target) Fields::fail(f.at("target"), target.error);
    a.target = *target.target;
    a.note = f.optional_string("note", kMaxNoteText);
    a.start = read_action_start(f, year, plan_start);
    a.unknown = read_unknown(json, kActionKeys);
    return a;
}

SubGoal read_goal(const ordered_json& json, const std::string& path, IdRegistry& ids, int year, int plan_start) {
    const Fields f(json, path);
    SubGoal g;
    g.id = f.string("id", kMaxCellText);
    ids.claim(g.id, f.at("id"));
    g.text = f.string("text", kMaxCellText);
    const std::string colour = f.string("colour", kMaxCellText);
    const auto parsed = parse_colour(colour);
    if (!parsed) Fields::fail(f.at("colour"), "expected a colour like \"#4E79A7\", got \"" + colour + "\"");
    g.colour = *parsed;
    const ordered_json& actions = f.array("actions", kActionsPerGoal, "actions");
    for (std::size_t m = 0; m < kActionsPerGoal; ++m)
        g.actions[m] = read_action(actions[m], f.at("actions") + "/" + std::to_string(m), ids, year, plan_start);
    g.reflection = f.optional_string("reflection", kMaxNoteText);
    g.unknown = read_unknown(json, kGoalKeys);
    return g;
}

// The plan's action ids (views of the plan's own): check-in counts must name one of them.
using ActionIds = std::unordered_set<std::string_view>;
ActionIds action_ids(const Plan& plan) {
    ActionIds ids;
    for (const SubGoal& g : plan.sub_goals)
        for (const Action& a : g.actions) ids.insert(a.id);
    return ids;
}

WeekLog read_week(const ordered_json& json, const std::string& path, const ActionIds& ids) {
    const Fields f(json, path);
    WeekLog log;
    log.skipped = f.optional_bool("skipped");
    log.note = f.optional_string("note", kMaxNoteText);
    if (json.contains("counts")) {
        const Fields counts(json.at("counts"), f.at("counts"));
        for (const auto& [id, value] : counts.json().items()) {
            if (ids.count(id) == 0) Fields::fail(counts.at(id), "no action has the id \"" + id + "\"");
            if (!value.is_number_integer()) Fields::fail(counts.at(id), "expected an integer");
            const long long count = value.get<long long>();
            if (count < 0 || count > kMaxWeeklyCount)
                Fields::fail(counts.at(id), "count " + std::to_string(count) + " out of range 0.." + std::to_string(kMaxWeeklyCount));
            // Files list counts in chart order, which is the map's order for the usual ids.
            if (count > 0) log.counts.emplace_hint(log.counts.end(), id, static_cast<int>(count));
        }
    }
    log.unknown = read_unknown(json, kWeekKeys);
    return log;
}

void read_weeks(const Fields& top, Plan& plan) {
    if (!top.json().contains("weeks")) return;  // format version 1, or no check-ins yet
    const Fields weeks(top.json().at("weeks"), "/weeks");
    const ActionIds ids = action_ids(plan);
    for (const auto& [key, value] : weeks.json().items()) {
        const auto week = parse_week(key);
        if (!week) Fields::fail(weeks.at(key), "expected an ISO week like \"" + format_week({plan.year, 10}) + "\"");
        if (week->year != plan.year)
            Fields::fail(weeks.at(key), "week is not in the plan's year " + std::to_string(plan.year));
        WeekLog log = read_week(value, weeks.at(key), ids);
        if (!log.empty()) plan.weeks[week->week] = std::move(log);
    }
}

ordered_json write_weeks(const Plan& plan) {
    ordered_json weeks = ordered_json::object();
    for (const auto& [number, log] : plan.weeks) {
        ordered_json week;
        week["skipped"] = log.skipped;
        week["note"] = log.note;
        ordered_json counts = ordered_json::object();
        for (int n = 1; n <= kSubGoals; ++n)  // in chart order, not id order
            for (int m = 1; m <= kActionsPerGoal; ++m) {
                const std::string& id = plan.action(n, m).id;
                if (const auto it = log.counts.find(id); it != log.counts.end()) counts[id] = it->second;
            }
        week["counts"] = std::move(counts);
        write_unknown(week, log.unknown);
        weeks[format_week({plan.year, number})] = std::move(week);
    }
    return weeks;
}

// Values a merge could not choose between (format version 5; older files have none). Each names
// its place by field and id or week, and holds the other copy's value.
void read_conflicts(const Fields& top, Plan& plan) {
    if (!top.json().contains("conflicts")) return;
    const ordered_json& list = top.json().at("conflicts");
    if (!list.is_array()) Fields::fail("/conflicts", "expected an array");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Fields f(list[i], "/conflicts/" + std::to_string(i));
        for (const auto& [key, value] : list[i].items())
            if (!is_known(kConflictKeys, key)) Fields::fail(f.at(key), "unknown key in a conflict");
        const ordered_json& field = f.require("field");
        const auto parsed = field.is_string() ? parse_conflict_field(field.get<std::string>()) : std::nullopt;
        if (!parsed) Fields::fail(f.at("field"), "expected a field like \"action.note\"");
        Conflict c;
        c.field = *parsed;
        c.id = f.optional_string("id", kMaxCellText);
        if (c.field == ConflictField::WeekNote) {
            const ordered_json& week = f.require("week");
            const auto iso = week.is_string() ? parse_week(week.get<std::string>()) : std::nullopt;
            if (!iso || iso->year != plan.year)
                Fields::fail(f.at("week"), "expected a week of the plan's year like \"" + format_week({plan.year, 10}) + "\"");
            c.week = iso->week;
        }
        c.theirs = f.string("theirs", kMaxNoteText);
        if (const std::string problem = check_conflict(plan, c); !problem.empty()) {
            const bool place = conflict_where(plan, c).empty();  // the id or week names nothing, else the value is wrong
            Fields::fail(f.at(place ? (c.field == ConflictField::WeekNote ? "week" : "id") : "theirs"), problem);
        }
        plan.conflicts.push_back(std::move(c));
    }
}

ordered_json write_conflicts(const Plan& plan) {
    ordered_json list = ordered_json::array();
    for (const Conflict& c : plan.conflicts) {
        ordered_json conflict;
        conflict["field"] = std::string(conflict_field_name(c.field));
        if (!c.id.empty()) conflict["id"] = c.id;
        if (c.field == ConflictField::WeekNote) conflict["week"] = format_week({plan.year, c.week});
        conflict["theirs"] = c.theirs;
        list.push_back(std::move(conflict));
    }
    return list;
}

// "lineage": earlier contents' hashes, 16 hex digits each, separated by single spaces.
std::optional<Lineage> parse_lineage(const std::string& text) {
    Lineage lineage;
    std::size_t at = 0;
    while (at < text.size()) {
        if (text.size() - at < 16 || (at + 16 < text.size() && text[at + 16] != ' ')) return std::nullopt;
        std::uint64_t value = 0;
        for (std::size_t i = at; i < at + 16; ++i) {
            const char c = text[i];
            const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0) return std::nullopt;
            value = value << 4 | static_cast<std::uint64_t>(digit);
        }
        lineage.push_back(value);
        at += 17;
    }
    return lineage;
}

std::string format_lineage(const Lineage& lineage) {
    std::string text;
    for (const std::uint64_t hash : lineage) text += (text.empty() ? "" : " ") + hash_hex(hash);
    return text;
}

Lineage read_lineage_field(const Fields& top) {
    if (!top.json().contains("lineage")) return {};
    const ordered_json& value = top.json().at("lineage");
    const auto lineage = value.is_string() ? parse_lineage(value.get<std::string>()) : std::nullopt;
    if (!lineage) Fields::fail("/lineage", "expected the hashes of earlier versions: 16 hex digits each, separated by spaces");
    return *lineage;
}

// The week the plan began: "2026-W29", in the plan's year. Files before version 4 have none
// and start in week 1.
int read_start(const Fields& top, int year) { return read_week(top, "start", year, 1); }

// Checks the header; returns whether the file must be opened read-only.
bool read_header(const Fields& f) {
    const ordered_json& format = f.require("format");
    if (!format.is_string() || format.get<std::string>() != kFormatName)
        Fields::fail("/format", "expected \"mandalart\"; this is not a Mandalart plan");
    const long long version = f.integer("format_version");
    const long long min_reader = f.integer("min_reader_version");
    if (version < 1) Fields::fail("/format_version", "must be at least 1");
    if (min_reader < 1) Fields::fail("/min_reader_version", "must be at least 1");
    if (min_reader > kReaderVersion)
        throw SchemaError{"made by a newer version of mandalart (needs reader version " + std::to_string(min_reader) +
                          ", this program reads up to " + std::to_string(kReaderVersion) + "); please update mandalart"};
    return version > kFormatVersion;
}

}  // namespace

std::string encode_plan(const Plan& plan, const Lineage& lineage) {
    ordered_json out;
    out["format"] = kFormatName;
    out["format_version"] = kFormatVersion;
    out["min_reader_version"] = 1;
    out["year"] = plan.year;
    out["start"] = format_week({plan.year, plan.start});
    out["title"] = plan.title;
    out["core"] = plan.core;
    ordered_json goals = ordered_json::array();
    for (const SubGoal& g : plan.sub_goals) {
        ordered_json goal;
        goal["id"] = g.id;
        goal["text"] = g.text;
        goal["colour"] = format_colour(g.colour);
        ordered_json actions = ordered_json::array();
        for (const Action& a : g.actions) {
            ordered_json action;
            action["id"] = a.id;
            action["text"] = a.text;
            action["target"] = format_target(a.target);
            action["note"] = a.note;
            if (a.start > plan.start) action["start"] = format_week({plan.year, a.start});
            write_unknown(action, a.unknown);
            actions.push_back(std::move(action));
        }
        goal["actions"] = std::move(actions);
        goal["reflection"] = g.reflection;
        write_unknown(goal, g.unknown);
        goals.push_back(std::move(goal));
    }
    out["sub_goals"] = std::move(goals);
    out["weeks"] = write_weeks(plan);
    out["reflection"] = plan.reflection;
    if (!plan.conflicts.empty()) out["conflicts"] = write_conflicts(plan);
    if (!lineage.empty()) out["lineage"] = format_lineage(lineage);
    write_unknown(out, plan.unknown);
    return out.dump(2, ' ', false, ordered_json::error_handler_t::strict) + "\n";
}

DecodedPlan decode_plan(std::string_view text, const std::string& name) {
    DecodedPlan result;
    StrictJson parsed = parse_strict_json(text, name);
    if (!parsed.error.empty()) {
        result.error = std::move(parsed.error);
        result.damage = parsed.damage;
        return result;
    }
    try {
        const Fields top(parsed.value, "");
        result.read_only = read_header(top);
        Plan& plan = result.plan;
        const long long year = top.integer("year");
        const int clamped = static_cast<int>(std::clamp<long long>(year, kMinYear - 1, kMaxYear + 1));
        if (const std::string problem = check_year(clamped); !problem.empty()) Fields::fail("/year", problem);
        plan.year = clamped;
        plan.start = read_start(top, plan.year);
        plan.title = top.optional_string("title", kMaxCellText);
        plan.core = top.string("core", kMaxCellText);
        IdRegistry ids;
        const ordered_json& goals = top.array("sub_goals", kSubGoals, "sub-goals");
        for (std::size_t n = 0; n < kSubGoals; ++n)
            plan.sub_goals[n] = read_goal(goals[n], "/sub_goals/" + std::to_string(n), ids, plan.year, plan.start);
        read_weeks(top, plan);
        plan.reflection = top.optional_string("reflection", kMaxNoteText);
        read_conflicts(top, plan);
        result.lineage = read_lineage_field(top);
        plan.unknown = read_unknown(parsed.value, kTopKeys);
    } catch (const SchemaError& e) {
        result = DecodedPlan{};
        result.error = name + ": " + one_line(e.message);  // it may quote a value holding a line break
        result.damage = Damage::NotAPlan;
    }
    return result;
}

Lineage read_lineage(std::string_view bytes) {
    const auto json = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (!json.is_object() || !json.contains("lineage") || !json.at("lineage").is_string()) return {};
    return parse_lineage(json.at("lineage").get<std::string>()).value_or(Lineage{});
}

}  // namespace mandalart
