// Merging two copies of one plan: every rule with its own fixture, then a property over random
// edits of a base (no tick either side recorded is lost; the result does not depend on which side
// is MINE, except for which value a conflict keeps).
#include <catch2/catch.hpp>

#include <random>

#include "core/merge.hpp"
#include "written_plan.hpp"

using namespace mandalart;
using mandalart::testing::written_plan;

namespace {

Plan base_plan() {
    Plan plan = written_plan(2026);
    plan.action(1, 1).target = {TargetKind::PerWeek, 3};
    plan.action(1, 2).target = {TargetKind::Once, 1};
    plan.weeks[5].counts["a1.1"] = 1;
    plan.weeks[5].note = "처음";
    return plan;
}

int count(const Plan& plan, int week, const char* id) {
    const WeekLog* log = plan.week_log(week);
    if (log == nullptr) return 0;
    const auto it = log->counts.find(id);
    return it == log->counts.end() ? 0 : it->second;
}

}  // namespace

TEST_CASE("three-way: ticks added on both sides since the base add up; other weeks are kept from either side") {
    const Plan base = base_plan();
    Plan mine = base, theirs = base;
    mine.weeks[5].counts["a1.1"] = 2;    // +1 on the laptop
    theirs.weeks[5].counts["a1.1"] = 2;  // +1 on the desktop
    mine.weeks[6].counts["a1.3"] = 1;
    theirs.weeks[7].counts["a2.1"] = 1;
    const MergeResult r = merge_plans(mine, theirs, base);
    REQUIRE(r.refused.empty());
    CHECK(r.conflicts.empty());
    CHECK(count(r.plan, 5, "a1.1") == 3);
    CHECK(count(r.plan, 6, "a1.3") == 1);
    CHECK(count(r.plan, 7, "a2.1") == 1);
}

TEST_CASE("three-way: a tick taken back on one side is taken back; a week's cap holds") {
    Plan base = base_plan();
    base.weeks[5].counts["a1.1"] = 2;
    Plan mine = base, theirs = base;
    mine.weeks[5].counts["a1.1"] = 1;  // undone here
    CHECK(count(merge_plans(mine, theirs, base).plan, 5, "a1.1") == 1);
    Plan a = base_plan(), c = base_plan();
    a.weeks[9].counts["a1.2"] = 1;  // the milestone done on both machines in the same week
    c.weeks[9].counts["a1.2"] = 1;
    CHECK(count(merge_plans(a, c, base_plan()).plan, 9, "a1.2") == 1);  // once is once
}

TEST_CASE("three-way: a text, target, colour, note or reflection changed on one side takes that side's") {
    const Plan base = base_plan();
    Plan mine = base, theirs = base;
    mine.core = "더 나은 개발자";
    theirs.action(3, 3).text = "새 실천";
    theirs.action(3, 3).target = {TargetKind::PerMonth, 2};
    theirs.goal(4).colour = Colour{1, 2, 3};
    mine.action(2, 2).note = "아침에";
    theirs.weeks[5].note = "다시 씀";
    theirs.goal(6).reflection = "좋았다";
    mine.title = "내 계획";
    const MergeResult r = merge_plans(mine, theirs, base);
    CHECK(r.conflicts.empty());
    CHECK(r.plan.core == "더 나은 개발자");
    CHECK(r.plan.action(3, 3).text == "새 실천");
    CHECK(r.plan.action(3, 3).target == Target{TargetKind::PerMonth, 2});
    CHECK(r.plan.goal(4).colour == Colour{1, 2, 3});
    CHECK(r.plan.action(2, 2).note == "아침에");
    CHECK(r.plan.weeks.at(5).note == "다시 씀");
    CHECK(r.plan.goal(6).reflection == "좋았다");
    CHECK(r.plan.title == "내 계획");
}

TEST_CASE("three-way: the same text changed differently on both sides is a conflict that keeps mine and records theirs") {
    const Plan base = base_plan();
    Plan mine = base, theirs = base;
    mine.action(1, 4).text = "주 4회 운동";
    theirs.action(1, 4).text = "주 5회 운동";
    theirs.weeks[5].note = "그쪽 메모";
    mine.weeks[5].note = "이쪽 메모";
    const MergeResult r = merge_plans(mine, theirs, base);
    CHECK(r.plan.action(1, 4).text == "주 4회 운동");
    REQUIRE(r.conflicts.size() == 2);
    CHECK(r.conflicts[0] == Conflict{ConflictField::ActionText, "a1.4", 0, "주 5회 운동"});
    CHECK(r.conflicts[1] == Conflict{ConflictField::WeekNote, "", 5, "그쪽 메모"});
    CHECK(conflict_where(r.plan, r.conflicts[0]) == "1.4");
    CHECK(conflict_where(r.plan, r.conflicts[1]) == "2026-W05 note");
    CHECK(r.plan.conflicts == r.conflicts);  // kept in the plan until resolved
}

TEST_CASE("two-way: counts take the larger, different notes are both kept, different texts are conflicts") {
    Plan mine = base_plan(), theirs = base_plan();
    mine.weeks[5].counts["a1.1"] = 3;
    theirs.weeks[5].counts["a1.1"] = 2;
    theirs.weeks[8].counts["a1.1"] = 1;
    mine.weeks[5].note = "월요일";
    theirs.weeks[5].note = "화요일";
    mine.action(2, 1).note = "";
    theirs.action(2, 1).note = "그쪽만";
    theirs.core = "그쪽 핵심";
    const MergeResult r = merge_plans(mine, theirs, std::nullopt);
    CHECK(count(r.plan, 5, "a1.1") == 3);
    CHECK(count(r.plan, 8, "a1.1") == 1);
    CHECK(r.plan.weeks.at(5).note == std::string("월요일") + kNoteSeparator + "화요일");
    CHECK(r.plan.action(2, 1).note == "그쪽만");
    REQUIRE(r.conflicts.size() == 1);
    CHECK(conflict_where(r.plan, r.conflicts[0]) == "core");
    const MergeResult again = merge_plans(r.plan, theirs, std::nullopt);  // the same copy merged twice
    CHECK(again.plan.weeks.at(5).note == r.plan.weeks.at(5).note);
    CHECK(again.conflicts.empty());
    CHECK(merge_plans(theirs, r.plan, std::nullopt).plan.weeks.at(5).note == r.plan.weeks.at(5).note);
    CHECK(r.conflicts[0].theirs == "그쪽 핵심");
    CHECK(r.plan.core == base_plan().core);
}

TEST_CASE("a target, colour and start changed differently on both sides are conflicts named by id") {
    const Plan base = base_plan();
    Plan mine = base, theirs = base;
    mine.action(2, 3).target = {TargetKind::PerWeek, 2};
    theirs.action(2, 3).target = {TargetKind::PerMonth, 4};
    mine.goal(7).colour = Colour{10, 20, 30};
    theirs.goal(7).colour = Colour{0xAA, 0xBB, 0xCC};
    mine.start = 3;
    theirs.start = 4;
    const MergeResult r = merge_plans(mine, theirs, base);
    REQUIRE(r.conflicts.size() == 3);
    CHECK(r.conflicts[0] == Conflict{ConflictField::Start, "", 0, "2026-W04"});
    CHECK(r.conflicts[1] == Conflict{ConflictField::ActionTarget, "a2.3", 0, "4/month"});
    CHECK(r.conflicts[2] == Conflict{ConflictField::GoalColour, "g7", 0, "#AABBCC"});
    CHECK(r.plan.start == 3);
    for (const Conflict& c : r.conflicts) CHECK(check_conflict(r.plan, c).empty());
}

TEST_CASE("stored conflicts: kept while either copy holds them, gone once resolved on one side or settled") {
    Plan base = base_plan();
    const Conflict title{ConflictField::Title, "", 0, "그쪽 제목"};
    const Conflict note{ConflictField::ActionNote, "a1.1", 0, "그쪽 메모"};
    base.conflicts = {title, note};
    Plan mine = base, theirs = base;
    mine.conflicts = {note};  // "keep mine" on the title, here
    const MergeResult r = merge_plans(mine, theirs, base);
    CHECK(r.plan.conflicts == std::vector<Conflict>{note});
    CHECK(r.conflicts.empty());  // nothing new

    Plan laptop = base_plan(), desktop = base_plan();
    laptop.conflicts = {title};
    desktop.conflicts = {note};
    CHECK(merge_plans(laptop, desktop, std::nullopt).plan.conflicts == std::vector<Conflict>{title, note});

    Plan settled = base_plan();
    settled.title = "그쪽 제목";  // someone typed their value in by hand
    settled.conflicts = {title};
    CHECK(merge_plans(settled, settled, std::nullopt).plan.conflicts.empty());
}

TEST_CASE("the summary says what a merge brings in: weeks, ticks, notes, texts, conflicts") {
    const Plan base = base_plan();
    Plan mine = base, theirs = base;
    theirs.weeks[5].counts["a1.1"] = 3;  // +2
    theirs.weeks[9].counts["a2.1"] = 1;
    theirs.weeks[9].note = "출장";
    theirs.action(4, 4).note = "주말에";
    theirs.action(4, 5).text = "새 실천";
    theirs.title = "그쪽 제목";
    mine.title = "이쪽 제목";
    const MergeResult r = merge_plans(mine, theirs, base);
    const MergeSummary s = summarize_merge(mine, r);
    CHECK(s.weeks == std::vector<int>{5, 9});
    CHECK(s.ticks == 3);
    CHECK(s.notes == 2);
    CHECK(s.texts == 1);
    CHECK(s.conflicts == 1);
    CHECK(summarize_merge(mine, merge_plans(mine, mine, base)).empty());
}

TEST_CASE("skipped on either side is skipped") {
    Plan mine = base_plan(), theirs = base_plan();
    theirs.weeks[12].skipped = true;
    CHECK(merge_plans(mine, theirs, base_plan()).plan.weeks.at(12).skipped);
    CHECK(merge_plans(theirs, mine, std::nullopt).plan.weeks.at(12).skipped);
}

TEST_CASE("different years and unrelated plans are refused, and nothing is merged") {
    Plan other_year = base_plan();
    other_year.year = 2027;
    CHECK(merge_plans(base_plan(), other_year, std::nullopt).refused ==
          "plans of different years (2026 and 2027) are not merged");
    Plan unrelated = base_plan();
    unrelated.action(4, 4).id = "x9";
    const MergeResult r = merge_plans(base_plan(), unrelated, std::nullopt);
    CHECK(r.refused == "not copies of one plan: action 4.4's ids differ");
    CHECK(r.plan == base_plan());
}

TEST_CASE("property: merging random edits of a base keeps every tick either side added, whichever side is mine") {
    std::mt19937 random(20261201);
    const Plan base = base_plan();
    const std::vector<std::string> ids = {"a1.1", "a1.3", "a2.1", "a5.5", "a8.8"};
    for (int round = 0; round < 300; ++round) {
        Plan sides[2] = {base, base};
        for (Plan& side : sides)
            for (int edit = 0; edit < 6; ++edit) {
                const int week = 1 + static_cast<int>(random() % 20);
                const std::string& id = ids[random() % ids.size()];
                side.weeks[week].counts[id] += 1 + static_cast<int>(random() % 2);
                if (random() % 4 == 0) side.weeks[week].note = "메모 " + std::to_string(random() % 3);
                if (random() % 8 == 0) side.action(1 + static_cast<int>(random() % 8), 1).text = "바뀜 " + std::to_string(random() % 2);
            }
        const MergeResult ab = merge_plans(sides[0], sides[1], base);
        const MergeResult ba = merge_plans(sides[1], sides[0], base);
        for (int week = 1; week <= 20; ++week)
            for (const std::string& id : ids) {
                const int before = count(base, week, id.c_str());
                const int merged = count(ab.plan, week, id.c_str());
                INFO("round " << round << " week " << week << " " << id);
                CHECK(merged - before >= std::min(count(sides[0], week, id.c_str()) - before, 7));
                CHECK(merged - before >= std::min(count(sides[1], week, id.c_str()) - before, 7));
                CHECK(merged == count(ba.plan, week, id.c_str()));
            }
        // Apart from the values conflicts kept (mine's), the two results agree: each conflict is
        // found both ways, at the same place, with the two values swapped.
        REQUIRE(ab.conflicts.size() == ba.conflicts.size());
        for (std::size_t i = 0; i < ab.conflicts.size(); ++i) {
            CHECK(conflict_where(ab.plan, ab.conflicts[i]) == conflict_where(ba.plan, ba.conflicts[i]));
            CHECK(ab.conflicts[i].theirs == conflict_value(ba.plan, ba.conflicts[i]));
            CHECK(ba.conflicts[i].theirs == conflict_value(ab.plan, ab.conflicts[i]));
        }
        Plan a = ab.plan, b = ba.plan;
        for (const Conflict& c : ab.conflicts)
            for (int n = 1; n <= 8; ++n)
                if (conflict_where(a, c) == std::to_string(n) + ".1") b.action(n, 1).text = a.action(n, 1).text;
        b.conflicts = a.conflicts;  // each keeps the other side's value
        for (auto& [week, log] : b.weeks)
            if (a.week_log(week) != nullptr) log.note = a.week_log(week)->note;
        CHECK(a == b);
    }
}
