// The editor's end of the command line's channel (storage/plan_channel.hpp). A command that
// changes the plan while the editor holds its lock asks for the plan as the editor has it
// ("plan"), decides its edits from it, and sends them back with the revision they were decided
// on ("apply"). They are applied as one undoable step and saved at once; the answer carries the
// plan as saved, so the command prints what happened. A revision that moved meanwhile (the user
// typed) is answered "retry": the command decides again from the newer plan.
#include <nlohmann/json.hpp>

#include "session/plan_session.hpp"
#include "storage/edit_json.hpp"
#include "storage/plan_json.hpp"

namespace mandalart {
namespace {

using nlohmann::json;

std::string refusal(const std::string& error) { return json{{"ok", false}, {"error", error}}.dump(); }

}  // namespace

void PlanSession::keep_channel() {
    if (!options_.wake) return;
    const bool wanted = lock_.held() && !document_.path().empty() && !document_.read_only();
    if (!wanted) {
        channel_.stop();
        return;
    }
    if (channel_.listening() && channel_.plan() == document_.path()) return;
    channel_.start(document_.path(), options_.wake);  // without one, the command line is refused by the lock as before
}

std::string PlanSession::answer_channel(const std::string& request, double now) {
    const json parsed = json::parse(request, nullptr, false);
    if (!parsed.is_object() || !parsed.contains("op") || !parsed.at("op").is_string()) return refusal("a malformed request");
    const std::string op = parsed.at("op").get<std::string>();
    if (op == "plan")
        return json{{"ok", true}, {"revision", document_.revision()}, {"plan", encode_plan(document_.plan())}}.dump();
    if (op != "apply" || !parsed.contains("edits") || !parsed.at("edits").is_string() || !parsed.contains("revision") ||
        !parsed.at("revision").is_number_unsigned())
        return refusal("a malformed request");
    return apply_from_channel(parsed.at("edits").get<std::string>(), parsed.at("revision").get<std::uint64_t>(), now);
}

std::string PlanSession::apply_from_channel(const std::string& edits_text, std::uint64_t revision, double now) {
    if (document_.read_only()) return refusal("the plan is open read-only in the editor");
    if (conflict_ || recovery_ || damaged_)
        return refusal("the editor is asking about this plan; answer there first (" + document_.path() + ")");
    if (revision != document_.revision()) return json{{"ok", false}, {"retry", true}}.dump();
    std::string error;
    const auto edits = decode_edits(edits_text, error);
    if (!edits) return refusal(error);
    Plan changed = document_.plan();
    for (const Edit& edit : *edits) {
        const Edit made = dated(edit, changed, today());
        if (std::string refused = check_edit(changed, made); !refused.empty()) return refusal(document_.path() + ": " + refused);
        apply_edit(changed, made);
    }
    if (changed == document_.plan()) return json{{"ok", true}, {"saved", true}, {"plan", encode_plan(changed)}}.dump();
    if (std::string refused = apply(MergeIn{std::make_shared<const Plan>(std::move(changed))}, now); !refused.empty())
        return refusal(document_.path() + ": " + refused);
    const bool saved = save(now);
    notice_ = Notice{Notice::Kind::FromCommandLine, std::to_string(edits->size())};
    json answer{{"ok", true}, {"saved", saved}, {"plan", encode_plan(document_.plan())}};
    if (!saved) answer["error"] = save_error_.detail;
    return answer.dump();
}

}  // namespace mandalart
