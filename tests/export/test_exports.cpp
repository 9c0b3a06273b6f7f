// The exports: the 9×9 CSV and its import, the tidy CSV, the SVG chart, the Markdown retrospective.
#include <catch2/catch.hpp>

#include "core/chart_texts.hpp"
#include "core/example_plan.hpp"
#include "core/review.hpp"
#include "storage/csv.hpp"
#include "storage/grid_csv.hpp"
#include "export/retrospective.hpp"
#include "export/svg_chart.hpp"
#include "export/tidy_csv.hpp"
#include "temp_folder.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

// Texts a spreadsheet round trip must keep exactly.
Plan awkward_plan() {
    Plan plan = make_example_plan(2026);
    plan.core = "성장, \"꾸준히\"";
    plan.goal(3).text = "두 줄\n목표";
    plan.action(2, 5).text = "a;b, c";
    plan.action(8, 8).text = "  앞뒤 공백  ";
    plan.action(4, 1).text = "";
    return plan;
}

}  // namespace

TEST_CASE("the 9x9 CSV starts with a BOM and round-trips exactly through import") {
    const Plan plan = awkward_plan();
    const std::string csv = grid_csv(plan);
    CHECK(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    const GridImport back = import_grid_csv(csv, 2026);
    REQUIRE(back.error.empty());
    CHECK(back.warnings.empty());
    CHECK(chart_texts(back.plan) == chart_texts(plan));
    CHECK(grid_csv(back.plan) == csv);
}

TEST_CASE("import: semicolons, no BOM, blank trailing rows and columns") {
    std::string text;
    const ChartTexts grid = chart_texts(make_example_plan(2026));
    for (const auto& row : grid) {
        std::string line;
        for (const auto& cell : row) line += csv_field(cell) + ";";
        text += line + ";\n";  // two blank trailing columns
    }
    text += ";;;\n\n";
    const GridImport back = import_grid_csv(text, 2027);
    REQUIRE(back.error.empty());
    CHECK(back.plan.year == 2027);
    CHECK(chart_texts(back.plan) == grid);
}

TEST_CASE("import: disagreeing sub-goal copies are reported and the centre block wins") {
    ChartTexts grid = chart_texts(make_example_plan(2026));
    grid[1][1] = "다른 이름";   // block 1's centre: sub-goal 1's outer copy
    grid[4][5] = "";            // the centre block's copy of sub-goal 5
    std::string text;
    for (const auto& row : grid) text += csv_row(std::vector<std::string>(row.begin(), row.end()));
    const GridImport back = import_grid_csv(text, 2026);
    REQUIRE(back.error.empty());
    REQUIRE(back.warnings.size() == 2);
    CHECK(back.warnings[0] == "sub-goal 1: D4 says \"건강한 몸\" but B2 says \"다른 이름\"; kept \"건강한 몸\"");
    CHECK(back.plan.goal(1).text == "건강한 몸");
    CHECK(back.plan.goal(5).text == make_example_plan(2026).goal(5).text);  // the blank copy loses
    CHECK(back.warnings[1].find("kept \"" + back.plan.goal(5).text + "\"") != std::string::npos);
}

TEST_CASE("import refuses, naming the cell, what it cannot keep") {
    std::string text = grid_csv(make_example_plan(2026));
    CHECK(import_grid_csv(text + "extra\r\n", 2026).error == "cell A10 is outside the 9×9 chart (A1:I9): \"extra\"");
    CHECK(import_grid_csv("a,b,c,d,e,f,g,h,i,j\n", 2026).error == "cell J1 is outside the 9×9 chart (A1:I9): \"j\"");
    CHECK(import_grid_csv(std::string(201, 'x') + "\n", 2026).error.rfind("cell A1: ", 0) == 0);
    CHECK(import_grid_csv("\"open\n", 2026).error == "line 1: a quoted field is never closed");
    CHECK_FALSE(import_grid_csv("", 1200).error.empty());
    CHECK(cell_name(0, 0) == "A1");
    CHECK(cell_name(8, 26) == "AA9");
}

TEST_CASE("tidy CSV: one row per tracked action per week from the start, no BOM, counts and skips") {
    Plan plan = make_example_plan(2026);
    plan.weeks[2].counts[plan.action(1, 1).id] = 3;
    plan.weeks[2].skipped = true;
    int tracked = 0;
    for (const SubGoal& g : plan.sub_goals)
        for (const Action& a : g.actions) tracked += a.tracked();
    REQUIRE(tracked > 50);
    REQUIRE(tracked < 64);  // the example has mindset items
    plan.action(8, 8).text = "  ";  // unwritten: left out
    if (plan.action(8, 8).target.tracked()) --tracked;
    const std::string csv = tidy_csv(plan, 1, 2);
    const ParsedCsv parsed = parse_csv(csv);
    REQUIRE(parsed.error.empty());
    REQUIRE(parsed.rows.size() == 1 + 2 * static_cast<std::size_t>(tracked));
    CHECK(tidy_csv(plan, 2, 2).size() < csv.size());  // from a later start: one week only
    CHECK(parse_csv(tidy_csv(plan, 2, 2)).rows.size() == 1 + static_cast<std::size_t>(tracked));
    CHECK(parsed.rows[0] == std::vector<std::string>{"year", "week", "sub_goal_id", "sub_goal", "action_id", "action", "target", "count", "skipped"});
    CHECK(parsed.rows[1 + static_cast<std::size_t>(tracked)] ==
          std::vector<std::string>{"2026", "2", "g1", "건강한 몸", "a1.1", "주 3회 운동", "3/week", "3", "true"});
    CHECK(parsed.rows[1][8] == "false");
    CHECK(csv.rfind("year,", 0) == 0);
}

TEST_CASE("SVG: an A4 or A3 page, Hangul as escaped text, Korean fonts named, shading only when asked") {
    Plan plan = make_example_plan(2026);
    plan.action(1, 2).text = "<b>&\"'";
    simulate_check_ins(plan, 20);
    const PlanStats stats = plan_stats(plan, Date{2026, 5, 20});
    const std::string plain = chart_svg(plan, nullptr, Paper::A4);
    CHECK(plain.find("width=\"210mm\" height=\"297mm\"") != std::string::npos);
    CHECK(plain.find(">성장하는</tspan>") != std::string::npos);
    CHECK(plain.find("&lt;b&gt;&amp;&quot;&apos;") != std::string::npos);
    CHECK(plain.find("NanumGothic") != std::string::npos);
    CHECK(plain.find("fill-opacity") == std::string::npos);  // no progress bars
    const std::string shaded = chart_svg(plan, &stats, Paper::A3);
    CHECK(shaded.find("width=\"297mm\" height=\"420mm\"") != std::string::npos);
    CHECK(shaded.find("fill-opacity") != std::string::npos);
    CHECK(shaded.find(">" + percent_text(stats.overall) + "</tspan>") != std::string::npos);
}

TEST_CASE("the Markdown retrospective carries the report's numbers, the notes and the reflections") {
    Plan plan = make_example_plan(2026);
    simulate_check_ins(plan, 53);
    plan.reflection = "올해는 *꾸준함*을 배웠다.\n내년에는 더 쉬어 가기.";
    plan.goal(2).reflection = "기술 공부는 잘 지켰다";
    const PlanStats stats = plan_stats(plan, Date{2026, 12, 31});
    const std::string md = retrospective_markdown(plan, stats, {}, Language::Korean, "회고.png");
    CHECK(md.rfind("# 2026 나의 만다라트 회고\n", 0) == 0);
    CHECK(md.find("![만다라트 2026](회고.png)") != std::string::npos);
    CHECK(md.find("**전체 달성률**: **" + percent_text(stats.overall) + "**") != std::string::npos);
    for (int n = 1; n <= kSubGoals; ++n)
        CHECK(md.find("### " + std::to_string(n) + ". " + plan.goal(n).text + " — " + percent_text(stats.goal(n).completion)) != std::string::npos);
    CHECK(md.find("| 주 3회 운동 | 주 3회 | ") != std::string::npos);
    CHECK(md.find("> **돌아보며**: 기술 공부는 잘 지켰다") != std::string::npos);
    CHECK(md.find("올해는 \\*꾸준함\\*을 배웠다.\n\n내년에는 더 쉬어 가기.") != std::string::npos);
    for (const WeekNote& note : week_notes(plan)) CHECK(md.find(md_inline(note.text)) != std::string::npos);
    const std::string en = retrospective_markdown(plan, stats, {}, Language::English, "");
    CHECK(en.find("## The year in numbers") != std::string::npos);
    CHECK(en.find("![") == std::string::npos);

    const PlanStats last = plan_stats(make_example_plan(2025), Date{2026, 12, 31});
    const Plan last_plan = make_example_plan(2025);
    const std::string compared = retrospective_markdown(plan, stats, Comparison{&last_plan, &last}, Language::Korean, "");
    CHECK(compared.find("(작년 ") != std::string::npos);
}

TEST_CASE("the retrospective is written with its PNG beside it") {
    TempFolder dir;
    Plan plan = make_example_plan(2026);
    simulate_check_ins(plan, 10);
    const PlanStats stats = plan_stats(plan, Date{2026, 3, 10});
    const std::string md = dir.file("my retro.md");
    REQUIRE(write_retrospective(md, plan, stats, {}, Language::Korean, real_file_system()).empty());
    CHECK(image_path_for(md) == dir.file("my retro.png"));
    const std::string png = read_all(dir.file("my retro.png"));
    CHECK(png.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
    CHECK(png.size() > 50000);  // a real picture, not an empty canvas
    CHECK(read_all(md).find("](my%20retro.png)") != std::string::npos);
    // The weekly trend beside it, as a second picture.
    CHECK(trend_path_for(md) == dir.file("my retro-trend.png"));
    const std::string trend = read_all(dir.file("my retro-trend.png"));
    CHECK(trend.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
    CHECK(trend.size() > 5000);
    CHECK(read_all(md).find("![주별 달성률 추이 2026](my%20retro-trend.png)") != std::string::npos);
}

TEST_CASE("the retrospective: no heading for an unwritten sub-goal, note lines kept, milestones apart") {
    Plan plan = make_example_plan(2026);
    plan.goal(4).text.clear();  // an unwritten sub-goal
    plan.weeks[3].note = "첫 줄\n둘째 줄";
    plan.weeks[2].counts[plan.action(1, 5).id] = 1;  // 1.5 건강검진 받기 (once): done in W02
    const PlanStats stats = plan_stats(plan, Date{2026, 3, 4});
    const std::string md = retrospective_markdown(plan, stats, {}, Language::Korean, "");
    CHECK(md.find("### 4.") == std::string::npos);
    CHECK(md.find("### 4. —") == std::string::npos);
    CHECK(md.find("> 첫 줄  \n> 둘째 줄\n") != std::string::npos);
    // Milestones in a list of their own, done or not yet; not among the routines kept or missed.
    const std::size_t milestones = md.find("## 한 번 이루는 목표\n\n");
    REQUIRE(milestones != std::string::npos);
    CHECK(md.find("- [x] 건강검진 받기 (건강한 몸) — 2026-W02\n", milestones) != std::string::npos);
    CHECK(md.find("- [ ] 하프 마라톤 완주 (건강한 몸)\n", milestones) != std::string::npos);
    const std::size_t kept = md.find("## 잘 지킨 것과 아쉬운 것");
    if (kept != std::string::npos) {
        const std::string lists = md.substr(kept, milestones - kept);
        CHECK(lists.find("건강검진 받기") == std::string::npos);
        CHECK(lists.find("하프 마라톤 완주") == std::string::npos);
    }
}
