#pragma once
// The plans the benchmarks measure, and the folder they live in while measured.
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/plan.hpp"
#include "../tests/storage/temp_folder.hpp"

namespace mandalart::bench {

inline constexpr int kBenchYear = 2026;
inline constexpr int kFolderYears = 10;  // a folder of plans from 2017 to 2026
inline constexpr Date kBenchToday{kBenchYear, 12, 31};  // the year is over: every week is in the review

// The example plan with a check-in and a week note on every ISO week of `year` (no week
// skipped), and every reflection written: the biggest plan a year of use makes.
Plan make_full_year_plan(int year);

// The full-year plan written as people do: Hanja, Simplified Chinese, symbols and emoji in many
// cells, so the editor needs its fallback fonts (Noto CJK, colour emoji, symbols) to draw it.
Plan make_fallback_plan(int year);

// Writes the full-year plans of the last kFolderYears years into `folder` as YEAR.mandalart.json.
// Returns empty or one line.
std::string write_plan_folder(const std::string& folder);
// Writes make_fallback_plan into `folder`/fallbacks/YEAR.mandalart.json; returns its path (empty on failure).
std::string write_fallback_plan(const std::string& folder);

// A temporary folder holding write_plan_folder's plans, with XDG_STATE_HOME pointed inside it (backups and journals stay there).
class BenchFolder {
public:
    BenchFolder();
    std::string plan_path(int year = kBenchYear) const;
    std::vector<std::string> plan_paths() const;  // oldest first
    const std::string& folder() const { return folder_; }

private:
    testing::TempFolder temp_;
    std::string folder_;
};

// The one BenchFolder of a benchmark program, written on first use.
const BenchFolder& shared_bench_folder();

}  // namespace mandalart::bench
