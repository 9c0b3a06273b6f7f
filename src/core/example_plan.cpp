#include "core/example_plan.hpp"

#include <iterator>

namespace mandalart {
namespace {

struct ExampleAction {
    const char* text;
    const char* target;
    const char* note;
};

struct ExampleGoal {
    const char* text;
    ExampleAction actions[kActionsPerGoal];
};

// One engineer's year: sub-goals in reading order around the core goal.
constexpr ExampleGoal kGoals[kSubGoals] = {
    {"건강한 몸",
     {{"주 3회 운동", "3/week", "헬스장 또는 러닝 30분 이상"},
      {"하루 물 2L", "7/week", ""},
      {"야식 끊기", "5/week", ""},
      {"11시 전 취침", "5/week", ""},
      {"건강검진 받기", "once", "10월 전에 예약"},
      {"하프 마라톤 완주", "once", ""},
      {"계단 이용하기", "none", "엘리베이터 대신 계단"},
      {"주말 등산", "2/month", ""}}},
    {"기술 역량",
     {{"알고리즘 문제 풀기", "3/week", "하루 한 문제"},
      {"Rust 공부", "2/week", ""},
      {"사이드 프로젝트", "1/week", "주말에 2시간"},
      {"오픈소스 기여", "1/month", ""},
      {"기술 서적 읽기", "6/year", ""},
      {"사내 발표 하기", "2/year", ""},
      {"자격증 취득", "once", "정보처리기사"},
      {"코드 리뷰 꼼꼼히", "none", ""}}},
    {"영어 실력",
     {{"영어 단어 30개", "5/week", ""},
      {"전화 영어", "2/week", ""},
      {"영어 원서 읽기", "1/month", ""},
      {"미드 자막 없이 보기", "1/week", ""},
      {"영어로 일기 쓰기", "3/week", ""},
      {"토익 스피킹 응시", "once", ""},
      {"해외 컨퍼런스 영상", "2/month", ""},
      {"틀려도 말하기", "none", "완벽하지 않아도 된다"}}},
    {"꾸준한 독서",
     {{"매일 20쪽 읽기", "7/week", ""},
      {"한 달에 두 권", "2/month", ""},
      {"독서 모임 참석", "1/month", ""},
      {"독서 노트 쓰기", "1/week", ""},
      {"고전 한 권", "4/year", ""},
      {"전자책 구독", "once", ""},
      {"출퇴근 길 독서", "none", ""},
      {"서점 나들이", "1/month", ""}}},
    {"재테크",
     {{"가계부 쓰기", "7/week", ""},
      {"월 저축 50%", "1/month", ""},
      {"투자 공부", "1/week", ""},
      {"비상금 마련", "once", "6개월치 생활비"},
      {"연금 계좌 개설", "once", ""},
      {"충동구매 금지", "none", ""},
      {"경제 뉴스 읽기", "3/week", ""},
      {"구독 서비스 정리", "2/year", ""}}},
    {"좋은 관계",
     {{"부모님께 전화", "1/week", ""},
      {"친구와 저녁", "2/month", ""},
      {"감사 인사 전하기", "3/week", ""},
      {"가족 여행", "2/year", ""},
      {"동료 칭찬하기", "none", ""},
      {"경조사 챙기기", "none", ""},
      {"생일 기억하기", "none", ""},
      {"새 모임 참여", "once", ""}}},
    {"글쓰기",
     {{"블로그 글 발행", "1/week", "기술 블로그"},
      {"회고 쓰기", "1/month", ""},
      {"일기 쓰기", "5/week", ""},
      {"기술 뉴스레터", "2/month", ""},
      {"글쓰기 강의 듣기", "once", ""},
      {"전자책 출간", "once", ""},
      {"짧게 자주 쓰기", "none", ""},
      {"남의 글 피드백", "2/month", ""}}},
    {"마음 건강",
     {{"명상 10분", "5/week", ""},
      {"감사 일기", "3/week", ""},
      {"디지털 디톡스", "1/week", "일요일 오전 휴대폰 끄기"},
      {"취미 생활", "1/week", "기타 연습"},
      {"혼자만의 여행", "1/year", ""},
      {"비교하지 않기", "none", ""},
      {"상담 받아보기", "once", ""},
      {"충분한 휴식", "none", ""}}},
};

constexpr const char* kWeekNotes[] = {
    "운동은 지켰지만 야근이 많아 독서를 못 했다.",
    "컨디션 최고. 알고리즘 세 문제 풀었다.",
    "출장 주간이라 루틴이 무너졌다. 다음 주에 회복하기.",
    "가족과 시간을 많이 보냈다. 만족스러운 한 주.",
    "블로그 글 발행! 생각보다 반응이 좋았다.",
    "감기 기운 때문에 무리하지 않았다.",
    "명상이 습관이 되어 가는 느낌.",
    "가계부를 몰아서 썼다. 매일 쓰는 게 핵심.",
};

// A small deterministic generator (an LCG), so the history is the same on every machine.
class Dice {
public:
    explicit Dice(unsigned seed) : state_(seed) {}
    double next() {
        state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state_ >> 11) / 9007199254740992.0;  // [0, 1)
    }

private:
    unsigned long long state_;
};

}  // namespace

void simulate_check_ins(Plan& plan, int through_week) {
    Dice dice(static_cast<unsigned>(plan.year));
    for (int week = 1; week <= through_week; ++week) {
        WeekLog log;
        log.skipped = week % 17 == 6;  // a holiday now and then
        if (week % 3 == 1) log.note = kWeekNotes[static_cast<std::size_t>(week / 3) % std::size(kWeekNotes)];
        for (int n = 1; n <= kSubGoals; ++n)
            for (int m = 1; m <= kActionsPerGoal; ++m) {
                const Action& a = plan.action(n, m);
                // Each action has its own diligence, fading a little over the year.
                const double diligence = 0.35 + 0.6 * ((n * 7 + m * 3) % 10) / 9.0 - 0.15 * week / 52.0;
                int count = 0;
                switch (a.target.kind) {
                    case TargetKind::PerWeek:
                        for (int i = 0; i < a.target.times; ++i) count += dice.next() < diligence ? 1 : 0;
                        if (count == a.target.times && dice.next() < 0.2 && count < 7) ++count;
                        break;
                    case TargetKind::PerMonth: count = dice.next() < diligence * a.target.times / 4.3 ? 1 : 0; break;
                    case TargetKind::PerYear: count = dice.next() < diligence * a.target.times / 40.0 ? 1 : 0; break;
                    case TargetKind::Once: count = week == 8 + (n * 5 + m * 11) % 40 && diligence > 0.5 ? 1 : 0; break;
                    case TargetKind::None: break;
                }
                if (log.skipped) count = count > 0 && dice.next() < 0.2 ? 1 : 0;
                if (count > 0) log.counts[a.id] = count;
            }
        if (!log.empty()) plan.weeks[week] = std::move(log);
    }
}

Plan make_example_plan(int year) {
    Plan plan = make_blank_plan(year);
    plan.title = std::to_string(year) + " 나의 만다라트";
    plan.core = "성장하는 개발자";
    for (int n = 1; n <= kSubGoals; ++n) {
        const ExampleGoal& source = kGoals[n - 1];
        plan.goal(n).text = source.text;
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            const ExampleAction& a = source.actions[m - 1];
            Action& action = plan.action(n, m);
            action.text = a.text;
            action.target = *parse_target(a.target).target;
            action.note = a.note;
        }
    }
    return plan;
}

}  // namespace mandalart
