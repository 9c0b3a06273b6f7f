// The chart's text at every window size from the smallest (640x480) to 1920x1080: the core goal's
// text is the largest, then sub-goals, then actions; every line fits inside its cell (what does
// not fit ends in "…"), whatever the plan holds.
#include <catch2/catch.hpp>

#include "app_fixture.hpp"
#include "core/example_plan.hpp"
#include "core/layout.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

Plan extreme_plan() {
    Plan plan = make_example_plan(2026);
    simulate_check_ins(plan, 10);
    plan.core = "성장하는 개발자 学习 🏃";
    plan.goal(2).text = "☕ ✨ ❤ 🎯 매일 조금씩";
    std::string long_text;
    while (count_code_points(long_text) < 190) long_text += "아주 길게 쓴 실천 항목 ";
    plan.action(3, 3).text = long_text;  // ~200 characters
    plan.goal(6).text = long_text.substr(0, utf8_offset(long_text, 120));
    return plan;
}

}  // namespace

TEST_CASE("at every window size the core's text is the largest and every line stays inside its cell") {
    const Plan plan = extreme_plan();
    AppFixture f(plan);
    for (const ImVec2 size : {ImVec2(640, 480), ImVec2(800, 600), ImVec2(1280, 800), ImVec2(1920, 1080)}) {
        INFO(size.x << "x" << size.y);
        ImGui::GetIO().DisplaySize = size;
        f.ui->frames(3);
        const ui::ChartView& chart = f.app->chart();
        const ui::CellPainter& painter = chart.painter();
        const float core = painter.last_layout(CellAddress::core()).size;
        for (int n = 1; n <= kSubGoals; ++n) {
            const float goal = painter.last_layout(CellAddress::goal(n)).size;
            CHECK(goal <= core + 0.01f);
            for (int m = 1; m <= kActionsPerGoal; ++m) CHECK(painter.last_layout(CellAddress::act(n, m)).size <= goal + 0.01f);
        }
        ImFont& regular = *f.app->fonts().chart;
        for (int r = 0; r < 9; ++r)
            for (int c = 0; c < 9; ++c) {
                const GridPos pos{r, c};
                const CellAddress address = address_at(pos);
                const ui::FittedText& fit = painter.last_layout(address);
                const ImVec2 min = chart.geometry().cell_min(pos), max = chart.geometry().cell_max(pos);
                const float height = fit.line_height * static_cast<float>(fit.lines.size());
                CHECK(height <= max.y - min.y);
                const std::string text = plan.text_at(address);
                ImFont& font = address.kind == CellKind::Action ? regular : *f.app->fonts().chart_bold;
                for (const auto& [b, e] : fit.lines) {
                    if (text.empty()) break;
                    const float width = font.CalcTextSizeA(fit.size, FLT_MAX, 0.0f, text.data() + b, text.data() + e).x;
                    CHECK(width <= max.x - min.x);
                }
            }
        const ui::FittedText& longest = painter.last_layout(CellAddress::act(3, 3));
        CHECK((longest.fits || longest.truncated));  // 200 characters fit at the smallest size, or end in "…"
        if (size.x < 1000) CHECK(longest.truncated);
        CHECK_FALSE(painter.last_layout(CellAddress::act(1, 1)).truncated);
    }
}
