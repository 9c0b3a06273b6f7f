#include "core/merge.hpp"

#include <algorithm>
#include <set>

#include "core/calendar.hpp"
#include "core/text.hpp"

namespace mandalart {
namespace {

std::string shown(const std::string& text) { return text; }
std::string shown(const Target& target) { return format_target(target); }
std::string shown(const Colour& colour) { return format_colour(colour); }
std::string shown(int week) { return std::to_string(week); }

class Merger {
public:
    Merger(const Plan& mine, const Plan& theirs, const Plan* base) : mine_(mine), theirs_(theirs), base_(base) {}

    // A value changed on one side since the base takes that side's; changed on both, differently
    // (or differing with no base), it is a conflict that keeps mine.
    template <class T>
    T pick(const T& mine, const T& theirs, const T* base, const std::string& where) {
        if (mine == theirs) return mine;
        if (base != nullptr && *base == mine) return theirs;
        if (base != nullptr && *base == theirs) return mine;
        conflicts_.push_back({where, shown(mine), shown(theirs)});
        return mine;
    }

    // A note: as pick() with a base; without one, two different notes are both kept.
    std::string note(const std::string& mine, const std::string& theirs, const std::string* base, const std::string& where) {
        if (base != nullptr || mine == theirs) return pick(mine, theirs, base, where);
        if (is_blank(theirs)) return mine;
        if (is_blank(mine)) return theirs;
        const std::string both = mine + kNoteSeparator + theirs;
        if (check_text(both, kMaxNoteText).empty()) return both;
        return pick(mine, theirs, base, where);  // too long to hold both: the user chooses
    }

    MergeResult run() {
        MergeResult result;
        Plan& out = result.plan;
        out = mine_;
        const Plan* b = base_;
        out.title = pick(mine_.title, theirs_.title, b ? &b->title : nullptr, "title");
        out.core = pick(mine_.core, theirs_.core, b ? &b->core : nullptr, "core");
        out.start = pick(mine_.start, theirs_.start, b ? &b->start : nullptr, "start");
        out.reflection = note(mine_.reflection, theirs_.reflection, b ? &b->reflection : nullptr, "reflection");
        for (int n = 1; n <= kSubGoals; ++n) {
            const SubGoal& m = mine_.goal(n);
            const SubGoal& t = theirs_.goal(n);
            const SubGoal* g = b ? &b->goal(n) : nullptr;
            const std::string where = std::to_string(n);
            out.goal(n).text = pick(m.text, t.text, g ? &g->text : nullptr, where);
            out.goal(n).colour = pick(m.colour, t.colour, g ? &g->colour : nullptr, where + " colour");
            out.goal(n).reflection = note(m.reflection, t.reflection, g ? &g->reflection : nullptr, where + " reflection");
            for (int k = 1; k <= kActionsPerGoal; ++k) {
                const Action& ma = mine_.action(n, k);
                const Action& ta = theirs_.action(n, k);
                const Action* ba = b ? &b->action(n, k) : nullptr;
                const std::string at = where + "." + std::to_string(k);
                Action& oa = out.action(n, k);
                oa.text = pick(ma.text, ta.text, ba ? &ba->text : nullptr, at);
                oa.target = pick(ma.target, ta.target, ba ? &ba->target : nullptr, at + " target");
                oa.note = note(ma.note, ta.note, ba ? &ba->note : nullptr, at + " note");
            }
        }
        merge_weeks(out);
        result.conflicts = std::move(conflicts_);
        return result;
    }

private:
    // The most a week can hold for action `id` (as its target in the merged plan allows).
    static int most(const Plan& plan, const std::string& id) {
        for (const SubGoal& g : plan.sub_goals)
            for (const Action& a : g.actions)
                if (a.id == id) return std::max(max_weekly_count(a.target), 1);
        return kMaxWeeklyCount;
    }

    void merge_weeks(Plan& out) {
        std::set<int> weeks;
        for (const Plan* p : {&mine_, &theirs_}) for (const auto& [week, log] : p->weeks) weeks.insert(week);
        out.weeks.clear();
        static const WeekLog none;
        for (const int week : weeks) {
            const WeekLog* m = mine_.week_log(week);
            const WeekLog* t = theirs_.week_log(week);
            const WeekLog* b = base_ ? base_->week_log(week) : nullptr;
            const WeekLog& mw = m ? *m : none;
            const WeekLog& tw = t ? *t : none;
            const WeekLog& bw = b ? *b : none;
            WeekLog log = mw;
            std::set<std::string> ids;
            for (const WeekLog* l : {&mw, &tw}) for (const auto& [id, count] : l->counts) ids.insert(id);
            log.counts.clear();
            for (const std::string& id : ids) {
                const auto count_in = [&id](const WeekLog& l) {
                    const auto it = l.counts.find(id);
                    return it == l.counts.end() ? 0 : it->second;
                };
                const int mc = count_in(mw), tc = count_in(tw), bc = count_in(bw);
                // Both sides' changes since the base; with no base, the larger.
                const int merged = base_ ? mc + tc - bc : std::max(mc, tc);
                const int count = std::clamp(merged, 0, std::max(most(out, id), std::max(mc, tc)));
                if (count > 0) log.counts[id] = count;
            }
            log.skipped = mw.skipped || tw.skipped;
            const std::string where = format_week({out.year, week}) + " note";
            log.note = note(mw.note, tw.note, base_ ? &bw.note : nullptr, where);
            if (!log.empty()) out.weeks[week] = std::move(log);
        }
    }

    const Plan& mine_;
    const Plan& theirs_;
    const Plan* base_;
    std::vector<MergeConflict> conflicts_;
};

// Why two plans cannot be merged: different years, or not the same plan (its ids differ).
std::string unrelated(const Plan& a, const Plan& b) {
    if (a.year != b.year)
        return "plans of different years (" + std::to_string(a.year) + " and " + std::to_string(b.year) + ") are not merged";
    for (int n = 1; n <= kSubGoals; ++n) {
        if (a.goal(n).id != b.goal(n).id) return "not copies of one plan: sub-goal " + std::to_string(n) + "'s ids differ";
        for (int m = 1; m <= kActionsPerGoal; ++m)
            if (a.action(n, m).id != b.action(n, m).id)
                return "not copies of one plan: action " + std::to_string(n) + "." + std::to_string(m) + "'s ids differ";
    }
    return {};
}

}  // namespace

MergeResult merge_plans(const Plan& mine, const Plan& theirs, const std::optional<Plan>& base) {
    MergeResult result;
    result.refused = unrelated(mine, theirs);
    if (result.refused.empty() && base) result.refused = unrelated(mine, *base);
    if (!result.refused.empty()) {
        result.plan = mine;
        return result;
    }
    return Merger(mine, theirs, base ? &*base : nullptr).run();
}

}  // namespace mandalart
