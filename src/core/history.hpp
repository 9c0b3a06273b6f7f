#pragma once
// Undo/redo over edits, and whether the plan differs from what was last saved.
#include <cstddef>
#include <optional>
#include <vector>

#include "core/edit.hpp"

namespace mandalart {

class History {
public:
    // Records an edit that has been applied, with the edit that undoes it. With `amend`, an edit
    // of the same note as the last step's (same_note) joins that step: it keeps its undo.
    void record(Edit done, Edit undo, bool amend = false);
    bool can_undo() const { return cursor_ > 0; }
    bool can_redo() const { return cursor_ < steps_.size(); }
    // Reverts / re-applies one step on `plan`; false when there is nothing to do.
    bool undo(Plan& plan);
    bool redo(Plan& plan);

    void mark_saved() { saved_ = cursor_; }
    // Forget that any state was saved (e.g. a plan that has never been written).
    void mark_unsaved() { saved_.reset(); }
    bool dirty() const { return saved_ != cursor_; }

private:
    struct Step {
        Edit done;
        Edit undo;
    };
    std::vector<Step> steps_;
    std::size_t cursor_ = 0;              // steps_[0..cursor_) are applied
    std::optional<std::size_t> saved_ = 0;  // cursor_ at the last save, if still reachable
};

}  // namespace mandalart
