#include "core/refusal_language.hpp"

#include <regex>
#include <utility>
#include <vector>

namespace mandalart {
namespace {

// English wording → Korean, $1.. the parts kept. Tried in order; the first that matches is used.
const std::vector<std::pair<std::regex, std::string>>& table() {
    static const std::vector<std::pair<std::regex, std::string>> rules = [] {
        const std::vector<std::pair<const char*, const char*>> text = {
            {R"x((\S+) has not begun: this week is (\S+))x", "$1은(는) 아직 오지 않은 주입니다. 이번 주는 $2입니다"},
            {R"x((\S+) has not begun: the plan's year begins on Monday (\S+))x", "$1은(는) 아직 오지 않은 주입니다. 계획 연도는 $2 월요일에 시작합니다"},
            {R"x(action (\S+) is not written yet: give it a text before ticking it)x", "실천 $1은(는) 아직 쓰지 않았습니다. 글을 먼저 쓰세요"},
            {R"x(action (\S+) starts in (\S+) \(it was written then\): move its start to tick an earlier week)x",
             "실천 $1은(는) $2부터 계산합니다(그 주에 썼습니다). 더 이른 주에 체크하려면 시작 주를 옮기세요 (mandalart start FILE $1 주)"},
            {R"x(action (\S+) has no target \(none\): there is nothing to tick)x", "실천 $1은(는) 목표가 없습니다(none): 체크할 것이 없습니다"},
            {R"x(action (\S+) cannot start in (\S+): the plan starts in (\S+))x", "실천 $1은(는) $2에 시작할 수 없습니다: 계획은 $3에 시작합니다"},
            {R"x(action (\S+) cannot start in (\S+): it has not begun \(this week is (\S+)\))x",
             "실천 $1은(는) $2에 시작할 수 없습니다: 아직 오지 않은 주입니다 (이번 주는 $3)"},
            {R"x(action (\S+) cannot start in (\S+): it was ticked in (\S+); it can start at most then)x",
             "실천 $1은(는) $2에 시작할 수 없습니다: $3에 체크했으니 늦어도 그 주에 시작해야 합니다"},
            {R"x((\S+) is before the plan began \((\S+)\); to start the plan that week: (.*))x",
             "$1은(는) 계획 시작($2) 전입니다. 그 주부터 시작하려면: $3"},
            {R"x((\S+) is before the plan began \((\S+)\))x", "$1은(는) 계획 시작($2) 전입니다"},
            {R"x(no action has "(.*)" in its text; use N\.M or a part of its text)x", "글에 \"$1\"이(가) 들어간 실천이 없습니다. N.M이나 글의 일부를 쓰세요"},
            {R"x("(.*)" is in (\d+) actions: (.*); use N\.M or more of the text)x", "\"$1\"은(는) 실천 $2개에 있습니다: $3. N.M을 쓰거나 글을 더 쓰세요"},
            {R"x((\d+) actions are called "(.*)": (.*); use N\.M)x", "\"$2\"이라는 실천이 $1개 있습니다: $3. N.M을 쓰세요"},
            {R"x(no action "(.*)": actions are N\.M with N and M from 1 to 8)x", "\"$1\" 실천은 없습니다. 실천은 N.M(N과 M은 1부터 8)입니다"},
            {R"x((\S+) is named twice)x", "$1을(를) 두 번 지정했습니다"},
            {R"x((\S+) has nothing recorded in (\S+) to undo)x", "$1은(는) $2에 되돌릴 기록이 없습니다"},
            {R"x((\S+) \(once\) is already done in (\S+))x", "$1(한 번)은(는) 이미 $2에 완료했습니다"},
            {R"x(count (-?\d+) out of range for (\S+) \((.*)\))x", "횟수 $1은(는) $2에 맞지 않습니다 ($3)"},
            {R"x(cannot change (.*): it is open in (.*); close it there first)x", "$1을(를) 바꿀 수 없습니다: $2에서 열려 있습니다. 먼저 거기서 닫으세요"},
            {R"x((.*) is not in this plan: (.*))x", "$1은(는) 이 계획의 연도에 없습니다: $2"},
            {R"x(the plan cannot start in (\S+): (.*) already holds? check-ins; it can start at most in (\S+))x",
             "계획은 $1에 시작할 수 없습니다: $2에 체크인이 있어 늦어도 $3에 시작해야 합니다"},
            {R"x((\S+) is not in this plan's year (\d+) \((.*)\))x", "$1은(는) 이 계획의 연도 $2에 없습니다 ($3)"},
            {R"x(text too long: (\d+) characters, at most (\d+))x", "글이 너무 깁니다: $1자 (최대 $2자)"},
        };
        std::vector<std::pair<std::regex, std::string>> compiled;
        for (const auto& [english, korean] : text) compiled.emplace_back(std::regex(english), korean);
        return compiled;
    }();
    return rules;
}

}  // namespace

std::string in_language(const std::string& reason, Language language) {
    if (language != Language::Korean) return reason;
    for (const auto& [english, korean] : table())
        if (std::smatch found; std::regex_search(reason, found, english))
            return found.prefix().str() + found.format(korean) + found.suffix().str();
    return reason;
}

}  // namespace mandalart
