#include "core/edit.hpp"

namespace mandalart {
namespace {

bool in_range(int n) { return n >= 1 && n <= 8; }

std::string check_address(const CellAddress& a) {
    const bool ok = a.kind == CellKind::Core || (a.kind == CellKind::SubGoal && in_range(a.sub_goal)) ||
                    (a.kind == CellKind::Action && in_range(a.sub_goal) && in_range(a.action));
    return ok ? std::string{} : "no such cell";
}

std::string check_action(int n, int m) {
    return in_range(n) && in_range(m) ? std::string{} : "no such action " + std::to_string(n) + "." + std::to_string(m);
}

std::string check_target(const Target& t) {
    if (t.kind == TargetKind::Once || t.kind == TargetKind::None) return {};
    if (t.times < 1 || t.times > max_times(t.kind))
        return "target " + format_target(t) + " out of range (1.." + std::to_string(max_times(t.kind)) + ")";
    return {};
}

// Normalises a target so that equal meanings compare equal ("once" always has times 1).
Target normalised(Target t) {
    if (t.kind == TargetKind::Once) t.times = 1;
    if (t.kind == TargetKind::None) t.times = 0;
    return t;
}

struct Checker {
    const Plan& plan;
    std::string operator()(const SetText& e) const {
        if (auto err = check_address(e.cell); !err.empty()) return err;
        return check_text(e.text, kMaxCellText);
    }
    std::string operator()(const SetTitle& e) const { return check_text(e.text, kMaxCellText); }
    std::string operator()(const SetTarget& e) const {
        if (auto err = check_action(e.sub_goal, e.action); !err.empty()) return err;
        return check_target(e.target);
    }
    std::string operator()(const SetNote& e) const {
        if (auto err = check_action(e.sub_goal, e.action); !err.empty()) return err;
        return check_text(e.text, kMaxNoteText);
    }
    std::string operator()(const SetColour& e) const {
        return in_range(e.sub_goal) ? std::string{} : "no such sub-goal " + std::to_string(e.sub_goal);
    }
};

struct Applier {
    Plan& plan;
    Edit operator()(const SetText& e) const {
        SetText undo{e.cell, plan.text_at(e.cell)};
        plan.text_at(e.cell) = e.text;
        return undo;
    }
    Edit operator()(const SetTitle& e) const {
        SetTitle undo{plan.title};
        plan.title = e.text;
        return undo;
    }
    Edit operator()(const SetTarget& e) const {
        Action& a = plan.action(e.sub_goal, e.action);
        SetTarget undo{e.sub_goal, e.action, a.target};
        a.target = normalised(e.target);
        return undo;
    }
    Edit operator()(const SetNote& e) const {
        Action& a = plan.action(e.sub_goal, e.action);
        SetNote undo{e.sub_goal, e.action, a.note};
        a.note = e.text;
        return undo;
    }
    Edit operator()(const SetColour& e) const {
        SubGoal& g = plan.goal(e.sub_goal);
        SetColour undo{e.sub_goal, g.colour};
        g.colour = e.colour;
        return undo;
    }
};

struct NoOpTest {
    const Plan& plan;
    bool operator()(const SetText& e) const { return plan.text_at(e.cell) == e.text; }
    bool operator()(const SetTitle& e) const { return plan.title == e.text; }
    bool operator()(const SetTarget& e) const {
        return plan.action(e.sub_goal, e.action).target == normalised(e.target);
    }
    bool operator()(const SetNote& e) const { return plan.action(e.sub_goal, e.action).note == e.text; }
    bool operator()(const SetColour& e) const { return plan.goal(e.sub_goal).colour == e.colour; }
};

}  // namespace

std::string check_edit(const Plan& plan, const Edit& edit) { return std::visit(Checker{plan}, edit); }
Edit apply_edit(Plan& plan, const Edit& edit) { return std::visit(Applier{plan}, edit); }
bool is_no_op(const Plan& plan, const Edit& edit) { return std::visit(NoOpTest{plan}, edit); }

}  // namespace mandalart
