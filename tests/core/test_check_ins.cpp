// Check-ins are edits like any other: checked, undoable, and tidy (empty weeks vanish).
#include <catch2/catch.hpp>

#include "written_plan.hpp"
#include "core/document.hpp"
#include "core/example_plan.hpp"
#include "core/stats.hpp"

using namespace mandalart;
using mandalart::testing::written_plan;

TEST_CASE("counts, notes and skips are undoable edits") {
    Document doc(written_plan(2025), "p.mandalart.json");
    REQUIRE(doc.apply(SetCount{10, 3, 5, 2}).empty());
    REQUIRE(doc.apply(SetWeekNote{10, "야근이 많았다"}).empty());
    REQUIRE(doc.apply(SetSkipped{11, true}).empty());
    CHECK(doc.plan().count(10, 3, 5) == 2);
    CHECK(doc.plan().weeks.at(10).counts.at("a3.5") == 2);
    CHECK(doc.plan().weeks.at(10).note == "야근이 많았다");
    CHECK(doc.plan().weeks.at(11).skipped);
    CHECK(doc.dirty());
    REQUIRE(doc.undo());
    REQUIRE(doc.undo());
    REQUIRE(doc.undo());
    CHECK(doc.plan().weeks.empty());  // nothing left: no empty week records
    CHECK(doc.plan() == written_plan(2025));
    REQUIRE(doc.redo());
    CHECK(doc.plan().count(10, 3, 5) == 2);
}

TEST_CASE("a count of zero removes the entry") {
    Document doc(written_plan(2025), "");
    REQUIRE(doc.apply(SetCount{3, 1, 1, 1}).empty());
    REQUIRE(doc.apply(SetCount{3, 1, 1, 0}).empty());
    CHECK(doc.plan().weeks.empty());
}

TEST_CASE("check-in edits are refused outside the year and the target") {
    Document doc(written_plan(2025), "");
    CHECK(doc.apply(SetCount{53, 1, 1, 1}) == "week 53 is not in 2025 (weeks 1..52)");
    CHECK(doc.apply(SetCount{0, 1, 1, 1}).find("not in 2025") != std::string::npos);
    CHECK(doc.apply(SetCount{5, 1, 1, 8}) == "count 8 out of range for 1.1 (1/week: 0..7 a week)");
    CHECK(doc.apply(SetCount{5, 1, 1, -1}).find("out of range") != std::string::npos);
    REQUIRE(doc.apply(SetTarget{1, 2, Target{TargetKind::None, 0}}).empty());
    CHECK(doc.apply(SetCount{5, 1, 2, 1}) == "action 1.2 has no target (none): there is nothing to tick");
    REQUIRE(doc.apply(SetTarget{1, 3, Target{TargetKind::Once, 1}}).empty());
    CHECK(doc.apply(SetCount{5, 1, 3, 2}) == "count 2 out of range for 1.3 (once: 0..1 a week)");  // a milestone is done once
    CHECK(doc.apply(SetCount{5, 1, 3, 1}).empty());
    REQUIRE(doc.apply(SetTarget{1, 4, Target{TargetKind::PerMonth, 2}}).empty());
    CHECK(doc.apply(SetCount{5, 1, 4, 20}).empty());  // many times in one week is possible
    CHECK(doc.apply(SetWeekNote{5, std::string(2001, 'x')}).find("too long") != std::string::npos);
    CHECK(doc.apply(SetSkipped{60, true}).find("not in 2025") != std::string::npos);
    Document w53(written_plan(2026), "");
    CHECK(w53.apply(SetCount{53, 1, 1, 1}).empty());  // 2026 has a W53
}

TEST_CASE("the simulated year is deterministic and believable") {
    Plan a = make_example_plan(2026), b = make_example_plan(2026);
    simulate_check_ins(a, 40);
    simulate_check_ins(b, 40);
    CHECK(a == b);
    CHECK(a.weeks.size() >= 38);
    const PlanStats stats = plan_stats(a, Date{2026, 10, 4});
    REQUIRE(stats.overall.has_value());
    CHECK(*stats.overall > 0.3);
    CHECK(*stats.overall < 0.95);
    int skipped = 0, notes = 0;
    for (const auto& [week, log] : a.weeks) {
        skipped += log.skipped;
        notes += !log.note.empty();
    }
    CHECK(skipped >= 2);
    CHECK(notes >= 10);
}

TEST_CASE("a span of weeks reads as one week when it is one, and several missed weeks are all named") {
    CHECK(format_week_span(2026, 1, 1) == "2026-W01");
    CHECK(format_week_span(2026, 49, 52) == "2026-W49–W52");
    Plan plan = make_blank_plan(2026);
    plan.action(1, 1).text = "물";
    plan.weeks[48].counts["a1.1"] = 1;
    const Date monday_w53{2026, 12, 28};  // W53: W49..W52 went by with nothing
    CHECK(missed_week(plan, monday_w53) == 52);
    CHECK(first_missed_week(plan, monday_w53) == 49);
    plan.weeks[50].note = "메모";  // a note is a check-in: the run is W51..W52
    CHECK(first_missed_week(plan, monday_w53) == 51);
    plan.weeks[52].skipped = true;  // last week skipped: nothing missed
    CHECK(first_missed_week(plan, monday_w53) == 0);
}
