#include "core/document.hpp"

namespace mandalart {

std::string Document::apply(const Edit& edit, bool amend) {
    if (read_only_) return "the plan is open read-only";
    if (auto error = check_edit(plan_, edit); !error.empty()) return error;
    if (is_no_op(plan_, edit)) return {};
    Edit undo = apply_edit(plan_, edit);
    history_.record(edit, std::move(undo), amend);
    ++revision_;
    return {};
}

bool Document::undo() {
    if (read_only_ || !history_.undo(plan_)) return false;
    ++revision_;
    return true;
}

bool Document::redo() {
    if (read_only_ || !history_.redo(plan_)) return false;
    ++revision_;
    return true;
}

}  // namespace mandalart
