// What a check-in row says beside its action: a pure function of the plan, the numbers and the week.
#include <catch2/catch.hpp>

#include "../core/written_plan.hpp"
#include "core/document.hpp"
#include "core/stats.hpp"
#include "ui/check_in_status.hpp"

using namespace mandalart;

namespace {

// A written plan with 1.1 once, 1.2 twice a week, 1.3 four times a month, 1.4 no target.
Document status_plan() {
    Plan plan = testing::written_plan(2026);
    plan.action(1, 1).target = {TargetKind::Once, 1};
    plan.action(1, 2).target = {TargetKind::PerWeek, 2};
    plan.action(1, 3).target = {TargetKind::PerMonth, 4};
    plan.action(1, 4).target = {TargetKind::None, 0};
    plan.start = 2;
    return Document(std::move(plan), "");
}

std::string status(const Document& doc, int week, int n, int m, Language l = Language::Korean) {
    const PlanStats stats = plan_stats(doc.plan(), Date{2026, 3, 4});  // in 2026-W10
    return ui::check_in_status(doc.plan(), stats, week, n, m, l);
}

}  // namespace

TEST_CASE("a once action done in another week says when, and nothing in the week it was done") {
    Document doc = status_plan();
    CHECK(status(doc, 8, 1, 1).empty());
    REQUIRE(doc.apply(SetCount{5, 1, 1, 1}).empty());
    CHECK(status(doc, 8, 1, 1) == "완료 · 2026-W05");
    CHECK(status(doc, 8, 1, 1, Language::English) == "done · 2026-W05");
    CHECK(status(doc, 5, 1, 1).empty());
    CHECK(first_done_week(doc.plan(), 1, 1) == 5);
}

TEST_CASE("a weekly action names its streak from two weeks on") {
    Document doc = status_plan();
    REQUIRE(doc.apply(SetCount{9, 1, 2, 2}).empty());
    CHECK(status(doc, 10, 1, 2).empty());  // one week is no streak
    REQUIRE(doc.apply(SetCount{8, 1, 2, 2}).empty());
    CHECK(status(doc, 10, 1, 2) == "연속 2주 (최장 2주)");
    CHECK(status(doc, 10, 1, 2, Language::English) == "streak 2 weeks (longest 2)");
}

TEST_CASE("a monthly action gives its running total for the month of the week shown") {
    Document doc = status_plan();
    CHECK(status(doc, 10, 1, 3) == "이번 달 0/4");
    REQUIRE(doc.apply(SetCount{10, 1, 3, 3}).empty());
    CHECK(status(doc, 10, 1, 3) == "이번 달 3/4");
    CHECK(status(doc, 10, 1, 3, Language::English) == "this month 3/4");
}

TEST_CASE("an action without a target has nothing to tick, and nothing is said before the plan's start") {
    Document doc = status_plan();
    CHECK(status(doc, 10, 1, 4) == "체크 없음");
    CHECK(status(doc, 1, 1, 4).empty());
    CHECK(status(doc, 1, 1, 3).empty());
}
