#include "core/history.hpp"

namespace mandalart {

void History::record(Edit done, Edit undo, bool amend) {
    if (amend && cursor_ > 0 && cursor_ == steps_.size() && same_note(steps_.back().done, done)) {
        steps_.back().done = std::move(done);
        if (saved_ == cursor_) saved_.reset();  // the saved state was the step's first half
        return;
    }
    steps_.resize(cursor_);  // a new edit drops the redo branch
    if (saved_ && *saved_ > cursor_) saved_.reset();  // the saved state is gone for good
    steps_.push_back({std::move(done), std::move(undo)});
    ++cursor_;
}

bool History::undo(Plan& plan) {
    if (!can_undo()) return false;
    --cursor_;
    apply_edit(plan, steps_[cursor_].undo);
    return true;
}

bool History::redo(Plan& plan) {
    if (!can_redo()) return false;
    apply_edit(plan, steps_[cursor_].done);
    ++cursor_;
    return true;
}

}  // namespace mandalart
