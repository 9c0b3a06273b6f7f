#pragma once
// The questions the app asks about the file on disk: which earlier version to restore, what to
// do when another program changed the plan, and whether to recover unsaved changes after a crash.
// Each draws a modal and hands back the user's choice as a command.
#include <string>
#include <vector>

#include "session/plan_session.hpp"
#include "ui/ui_output.hpp"
#include "ui/view_context.hpp"

namespace mandalart::ui {

struct VersionRow {
    std::string when, size, summary;  // "2026-11-22 14:03:05", "12.4 KB", "건강한 한 해 · 체크인 12주"
};

// A sync tool's conflict copy to merge: the question's words, made by the app.
struct CopyQuestion {
    std::string path;                 // the copy
    std::string message;              // which tool left which copy
    std::vector<std::string> brings;  // what merging brings in, a line each (or why it cannot)
};

// The question for a sync tool's conflict copy, in the UI's words: which tool left which copy and
// what merging it would bring in (or why it cannot be merged).
CopyQuestion copy_question(const CopyOffer& offer, Language language);

class FilePrompts {
public:
    void ask_restore(std::vector<VersionRow> versions);
    void ask_conflict() { open_conflict_ = true; }
    // `existing` is already there: replacing it re-issues `command` with `replace` set.
    void ask_replace(std::string existing, AppCommand command) {
        replace_existing_ = std::move(existing);
        replace_command_ = std::move(command);
        open_replace_ = true;
    }
    void ask_copy(CopyQuestion question) {
        copy_ = std::move(question);
        open_copy_ = true;
    }
    void ask_recovery(std::string written) {
        recovery_written_ = std::move(written);
        open_recovery_ = true;
    }
    // Draws whichever prompt is open (inside the main window); a choice becomes a command:
    // RestoreVersion, ReloadTheirs, KeepMine, MergeTheirs, SaveAs, RecoverJournal, DiscardJournal,
    // MergeCopy or DismissCopy. A question that no longer stands (`in_conflict`, `recovery_pending`,
    // `copy_offered` false) closes itself. Its buttons are marked for tests ("merge-theirs",
    // "copy-merge", "copy-later").
    void draw(const ViewContext& ctx, bool in_conflict, bool recovery_pending, bool copy_offered, UiOutput& out);
    bool restore_open() const { return restore_visible_; }
    // A prompt was asked for and opens on the next frame.
    bool opening() const { return open_restore_ || open_conflict_ || open_recovery_ || open_replace_ || open_copy_; }

private:
    void draw_restore(const ViewContext& ctx, UiOutput& out);
    void draw_conflict(const ViewContext& ctx, bool in_conflict, UiOutput& out);
    void draw_recovery(const ViewContext& ctx, bool pending, UiOutput& out);
    void draw_replace(const ViewContext& ctx, UiOutput& out);
    void draw_copy(const ViewContext& ctx, bool offered, UiOutput& out);

    std::vector<VersionRow> versions_;
    bool open_restore_ = false, restore_visible_ = false;
    bool open_conflict_ = false;
    bool open_recovery_ = false;
    std::string recovery_written_;
    bool open_replace_ = false;
    std::string replace_existing_;
    AppCommand replace_command_;
    bool open_copy_ = false;
    CopyQuestion copy_;
};

}  // namespace mandalart::ui
