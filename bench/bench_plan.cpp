#include "bench_plan.hpp"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "core/calendar.hpp"
#include "core/example_plan.hpp"
#include "storage/atomic_write.hpp"
#include "storage/folder_listing.hpp"
#include "storage/plan_json.hpp"

namespace mandalart::bench {
namespace {

constexpr const char* kNotes[] = {
    "야근이 많았지만 아침 운동은 지켰다. 다음 주에는 독서 시간을 따로 잡아 두기.",
    "알고리즘 세 문제, 블로그 초안 하나. 컨디션이 좋아서 계획보다 많이 했다.",
    "출장 주간. 호텔에서 스트레칭만 했다. 돌아가면 루틴부터 다시 세우자.",
    "가족과 주말 나들이. 가계부를 밀려서 한꺼번에 정리했다.",
};

}  // namespace

Plan make_full_year_plan(int year) {
    Plan plan = make_example_plan(year);
    const int weeks = weeks_in_iso_year(year);
    simulate_check_ins(plan, weeks);
    for (int week = 1; week <= weeks; ++week) {
        WeekLog& log = plan.weeks[week];
        log.skipped = false;
        log.note = std::to_string(week) + "주차: " + kNotes[week % std::size(kNotes)];
        if (log.counts.empty()) log.counts[plan.action(1, 1).id] = 1;  // every week checked in
    }
    plan.reflection = "한 해 동안 매주 체크인을 빠뜨리지 않았다. 운동과 독서는 습관이 되었고, 발표는 내년 과제로 남았다.";
    for (int n = 1; n <= kSubGoals; ++n) plan.goal(n).reflection = plan.goal(n).text + ": 꾸준함이 가장 큰 성과였다.";
    return plan;
}

Plan make_fallback_plan(int year) {
    Plan plan = make_full_year_plan(year);
    plan.title = "☕ " + std::to_string(year) + " 学习 计划 🏃";
    plan.core = "成长 🌱 성장하는 개발자";
    const char* const extras[] = {"🏃", "☕", "✨", "❤", "🎯", "📚", "漢字", "学习", "汉级", "½ → ∞", "𝔸𝕓𝕔", "♪"};
    int i = 0;
    for (int n = 1; n <= kSubGoals; ++n) {
        plan.goal(n).text += std::string(" ") + extras[n % 12];
        for (int m = 1; m <= kActionsPerGoal; m += 2) plan.action(n, m).text += std::string(" ") + extras[i++ % 12];
    }
    return plan;
}

std::string write_fallback_plan(const std::string& folder) {
    const std::string sub = folder + "/fallbacks";
    std::filesystem::create_directories(sub);
    const std::string path = sub + "/" + std::to_string(kBenchYear) + kPlanExtension;
    return atomic_write(real_file_system(), path, encode_plan(make_fallback_plan(kBenchYear))).empty() ? path : std::string{};
}

std::string write_plan_folder(const std::string& folder) {
    for (int year = kBenchYear - kFolderYears + 1; year <= kBenchYear; ++year) {
        const std::string path = folder + "/" + std::to_string(year) + kPlanExtension;
        const std::string error = atomic_write(real_file_system(), path, encode_plan(make_full_year_plan(year)));
        if (!error.empty()) return error;
    }
    return {};
}

BenchFolder::BenchFolder() : folder_(temp_.path().string()) {
    const std::string state = temp_.file("state");
    std::filesystem::create_directories(state);
    ::setenv("XDG_STATE_HOME", state.c_str(), 1);
    if (const std::string error = write_plan_folder(folder_); !error.empty()) throw std::runtime_error(error);
}

std::string BenchFolder::plan_path(int year) const { return temp_.file(std::to_string(year) + kPlanExtension); }

const BenchFolder& shared_bench_folder() {
    static const BenchFolder folder;
    return folder;
}

std::vector<std::string> BenchFolder::plan_paths() const {
    std::vector<std::string> paths;
    for (int year = kBenchYear - kFolderYears + 1; year <= kBenchYear; ++year) paths.push_back(plan_path(year));
    return paths;
}

}  // namespace mandalart::bench
