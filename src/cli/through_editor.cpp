#include "cli/through_editor.hpp"

#include <nlohmann/json.hpp>
#include <ostream>

#include "core/refusal_language.hpp"
#include "cli/words.hpp"
#include "storage/edit_json.hpp"
#include "storage/plan_channel.hpp"
#include "storage/plan_json.hpp"

namespace mandalart::cli {
namespace {

using nlohmann::json;

constexpr int kTimeoutMs = 35000;  // the editor may be showing a question; it answers within 30 s
constexpr int kAttempts = 5;       // the user may be typing while the command asks

std::optional<json> ask(const std::string& path, const json& request) {
    const ChannelReply reply = ask_channel(path, request.dump(), kTimeoutMs);
    if (!reply.reached) return std::nullopt;
    json answer = json::parse(reply.answer, nullptr, false);
    if (!answer.is_object()) return std::nullopt;
    return answer;
}

std::optional<Plan> plan_in(const json& answer) {
    if (!answer.contains("plan") || !answer.at("plan").is_string()) return std::nullopt;
    DecodedPlan decoded = decode_plan(answer.at("plan").get<std::string>(), "the editor's plan");
    if (!decoded.error.empty()) return std::nullopt;
    return std::move(decoded.plan);
}

std::string error_in(const json& answer) {
    return answer.contains("error") && answer.at("error").is_string() ? answer.at("error").get<std::string>()
                                                                        : std::string("the editor refused the change");
}

}  // namespace

std::optional<int> edit_through_editor(const std::string& path, const EditMaker& make, Io& io,
                                       const std::function<void(const Plan&)>& done) {
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const auto current = ask(path, json{{"op", "plan"}});
        if (!current) return std::nullopt;
        const auto plan = plan_in(*current);
        if (!plan || !current->contains("revision")) return std::nullopt;
        std::vector<Edit> edits;
        if (const std::string refused = make(*plan, edits); !refused.empty()) {
            io.err << "mandalart: " << in_language(refused, io.language) << "\n";
            return kBadInput;
        }
        const auto encoded = encode_edits(edits);
        if (!encoded) return std::nullopt;  // not a change the channel carries: the lock decides
        const auto answer = ask(path, json{{"op", "apply"}, {"revision", current->at("revision")}, {"edits", *encoded}});
        if (!answer) {
            io.err << "mandalart: " << path << " is open in the editor, which did not answer; nothing was changed\n";
            return kBadInput;
        }
        if (answer->value("retry", false)) continue;
        if (!answer->value("ok", false)) {
            io.err << in_language(error_in(*answer), io.language) << "\n";
            return kBadInput;
        }
        const auto result = plan_in(*answer);
        if (result && done) done(*result);
        if (!answer->value("saved", false)) {
            io.err << "mandalart: the editor made the change but could not save it yet: " << error_in(*answer) << "\n";
            return kBadInput;
        }
        io.out << words(io.language, "(" + path + "을(를) 열고 있는 편집기에서 반영하고 저장했습니다. 편집기에서 Ctrl+Z로 되돌릴 수 있습니다)",
                        "(made in the editor that has " + path + " open, and saved; Ctrl+Z there undoes it)")
               << "\n";
        return kOk;
    }
    io.err << "mandalart: " << path << " kept changing in the editor; nothing was changed, try again\n";
    return kBadInput;
}

}  // namespace mandalart::cli
