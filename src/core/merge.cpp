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

// A conflict's place (its value is filled in when there is one).
Conflict place(ConflictField field, std::string id = {}, int week = 0) {
    Conflict c;
    c.field = field;
    c.id = std::move(id);
    c.week = week;
    return c;
}

// Whether a note two-way merges joined already holds `part` as one of its pieces (so merging the
// same copy again adds nothing).
bool holds(const std::string& joined, const std::string& part) {
    const std::string_view separator = kNoteSeparator;
    std::size_t from = 0;
    while (true) {
        const std::size_t at = joined.find(separator, from);
        if (std::string_view(joined).substr(from, at - from) == part) return true;
        if (at == std::string::npos) return false;
        from = at + separator.size();
    }
}

bool contains(const std::vector<Conflict>& list, const Conflict& c) {
    return std::find(list.begin(), list.end(), c) != list.end();
}

class Merger {
public:
    Merger(const Plan& mine, const Plan& theirs, const Plan* base) : mine_(mine), theirs_(theirs), base_(base) {}

    // A value changed on one side since the base takes that side's; changed on both, differently
    // (or differing with no base), it is a conflict that keeps mine.
    template <class T>
    T pick(const T& mine, const T& theirs, const T* base, const Conflict& place) {
        if (mine == theirs) return mine;
        if (base != nullptr && *base == mine) return theirs;
        if (base != nullptr && *base == theirs) return mine;
        Conflict conflict = place;
        conflict.theirs = shown(theirs);
        conflicts_.push_back(std::move(conflict));
        return mine;
    }

    // A note: as pick() with a base; without one, two different notes are both kept.
    std::string note(const std::string& mine, const std::string& theirs, const std::string* base, const Conflict& place) {
        if (base != nullptr || mine == theirs) return pick(mine, theirs, base, place);
        if (is_blank(theirs) || holds(mine, theirs)) return mine;
        if (is_blank(mine) || holds(theirs, mine)) return theirs;
        const std::string both = mine + kNoteSeparator + theirs;
        if (check_text(both, kMaxNoteText).empty()) return both;
        return pick(mine, theirs, base, place);  // too long to hold both: the user chooses
    }

    // An action's own start: changed on one side since the base takes that side's; otherwise the
    // earlier (0, the plan's start, is the earliest): owing from the first week either copy owed.
    static int start(int mine, int theirs, const int* base) {
        if (mine == theirs) return mine;
        if (base != nullptr && *base == mine) return theirs;
        if (base != nullptr && *base == theirs) return mine;
        if (mine == 0 || theirs == 0) return 0;
        return std::min(mine, theirs);
    }

    MergeResult run() {
        MergeResult result;
        Plan& out = result.plan;
        out = mine_;
        const Plan* b = base_;
        using F = ConflictField;
        out.title = pick(mine_.title, theirs_.title, b ? &b->title : nullptr, place(F::Title));
        out.core = pick(mine_.core, theirs_.core, b ? &b->core : nullptr, place(F::Core));
        const auto week_of = [this](const Plan& p) { return format_week({mine_.year, p.start}); };
        const std::string base_start = b ? week_of(*b) : std::string{};
        out.start = parse_week(pick(week_of(mine_), week_of(theirs_), b ? &base_start : nullptr, place(F::Start)))->week;
        out.reflection = note(mine_.reflection, theirs_.reflection, b ? &b->reflection : nullptr, place(F::Reflection));
        for (int n = 1; n <= kSubGoals; ++n) {
            const SubGoal& m = mine_.goal(n);
            const SubGoal& t = theirs_.goal(n);
            const SubGoal* g = b ? &b->goal(n) : nullptr;
            out.goal(n).text = pick(m.text, t.text, g ? &g->text : nullptr, place(F::GoalText, m.id));
            out.goal(n).colour = pick(m.colour, t.colour, g ? &g->colour : nullptr, place(F::GoalColour, m.id));
            out.goal(n).reflection = note(m.reflection, t.reflection, g ? &g->reflection : nullptr, place(F::GoalReflection, m.id));
            for (int k = 1; k <= kActionsPerGoal; ++k) {
                const Action& ma = mine_.action(n, k);
                const Action& ta = theirs_.action(n, k);
                const Action* ba = b ? &b->action(n, k) : nullptr;
                Action& oa = out.action(n, k);
                oa.text = pick(ma.text, ta.text, ba ? &ba->text : nullptr, place(F::ActionText, ma.id));
                oa.target = pick(ma.target, ta.target, ba ? &ba->target : nullptr, place(F::ActionTarget, ma.id));
                oa.note = note(ma.note, ta.note, ba ? &ba->note : nullptr, place(F::ActionNote, ma.id));
                oa.start = start(ma.start, ta.start, ba ? &ba->start : nullptr);
            }
        }
        merge_weeks(out);
        out.conflicts = stored_conflicts(out);
        for (const Conflict& c : conflicts_)  // new: not already stored in either copy
            if (!contains(mine_.conflicts, c) && !contains(theirs_.conflicts, c) && contains(out.conflicts, c))
                result.conflicts.push_back(c);
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
            log.note = note(mw.note, tw.note, base_ ? &bw.note : nullptr, place(ConflictField::WeekNote, {}, week));
            if (!log.empty()) out.weeks[week] = std::move(log);
        }
    }

    // The conflicts the merged plan keeps: those either copy held, unless one side resolved it
    // since the base, then this merge's new ones; none twice, none the merged values settle.
    std::vector<Conflict> stored_conflicts(const Plan& out) const {
        std::vector<Conflict> kept;
        const auto keep = [&](const Conflict& c) {
            if (!contains(kept, c) && !conflict_settled(out, c)) kept.push_back(c);
        };
        for (const Plan* side : {&mine_, &theirs_})
            for (const Conflict& c : side->conflicts) {
                const bool resolved_on_a_side = base_ != nullptr && contains(base_->conflicts, c) &&
                                                !(contains(mine_.conflicts, c) && contains(theirs_.conflicts, c));
                if (!resolved_on_a_side) keep(c);
            }
        for (const Conflict& c : conflicts_) keep(c);
        return kept;
    }

    const Plan& mine_;
    const Plan& theirs_;
    const Plan* base_;
    std::vector<Conflict> conflicts_;
};

}  // namespace

std::string plans_unrelated(const Plan& a, const Plan& b) {
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

MergeResult merge_plans(const Plan& mine, const Plan& theirs, const std::optional<Plan>& base) {
    MergeResult result;
    result.refused = plans_unrelated(mine, theirs);
    if (result.refused.empty() && base) result.refused = plans_unrelated(mine, *base);
    if (!result.refused.empty()) {
        result.plan = mine;
        return result;
    }
    return Merger(mine, theirs, base ? &*base : nullptr).run();
}

MergeSummary summarize_merge(const Plan& before, const MergeResult& merged) {
    const Plan& after = merged.plan;
    MergeSummary summary;
    summary.conflicts = static_cast<int>(merged.conflicts.size());
    const auto changed = [](const auto& a, const auto& b) { return a == b ? 0 : 1; };
    summary.texts += changed(before.title, after.title) + changed(before.core, after.core) + changed(before.start, after.start);
    summary.notes += changed(before.reflection, after.reflection);
    for (int n = 1; n <= kSubGoals; ++n) {
        const SubGoal& b = before.goal(n);
        const SubGoal& a = after.goal(n);
        summary.texts += changed(b.text, a.text) + changed(b.colour, a.colour);
        summary.notes += changed(b.reflection, a.reflection);
        for (int m = 1; m <= kActionsPerGoal; ++m) {
            summary.texts += changed(b.actions[m - 1].text, a.actions[m - 1].text) +
                             changed(b.actions[m - 1].target, a.actions[m - 1].target);
            summary.notes += changed(b.actions[m - 1].note, a.actions[m - 1].note);
        }
    }
    static const WeekLog none;
    std::set<int> weeks;
    for (const Plan* p : {&before, &after}) for (const auto& [week, log] : p->weeks) weeks.insert(week);
    for (const int week : weeks) {
        const WeekLog* b = before.week_log(week);
        const WeekLog* a = after.week_log(week);
        const WeekLog& bw = b ? *b : none;
        const WeekLog& aw = a ? *a : none;
        if (bw == aw) continue;
        summary.weeks.push_back(week);
        summary.notes += changed(bw.note, aw.note);
        for (const auto& [id, count] : aw.counts) summary.ticks += count;
        for (const auto& [id, count] : bw.counts) summary.ticks -= count;
    }
    return summary;
}

}  // namespace mandalart
