#pragma once
// The open plan and everything that keeps it safe on disk, without a window: the document, its
// lock, the crash journal and recovery, autosave and its retry, another program's changes and the
// user's choice, earlier versions and next year's plan (exports are export_plan's). The editor (ui::App) draws it and
// routes the user's choices here; tests drive it with an injected file system, date and time.
//
// Time is the caller's: every call that may save takes `now`, seconds on a monotonic clock.
// Messages are typed (Notice), so the editor words them in its language.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/document.hpp"
#include "core/merge.hpp"
#include "core/next_year.hpp"
#include "core/review.hpp"
#include "core/settings.hpp"
#include "core/stats.hpp"
#include "session/damaged_plan.hpp"
#include "storage/conflict_copies.hpp"
#include "storage/file_system.hpp"
#include "storage/journal.hpp"
#include "storage/plan_channel.hpp"
#include "storage/plan_file.hpp"
#include "storage/plan_lock.hpp"

namespace mandalart {

inline constexpr double kAutosaveDelay = 1.5;   // seconds after the last edit
inline constexpr double kSaveRetryDelay = 10.0;  // after a failed save
inline constexpr double kJournalInterval = 1.0;  // unsaved edits reach the crash journal this soon

struct SessionOptions {
    std::function<Date()> today;                    // the local date (the app may stay open past midnight); unset: the real one
    FileSystem* file_system = &real_file_system();  // tests inject failing disks
    std::string compare_file;                       // last year's plan for the review (else found beside the plan)
    std::string data_folder;                        // where a plan goes when none is named
    // Called with every path the plan was opened from or saved to (the recent files).
    std::function<void(const std::string&)> remember_file = [](const std::string&) {};
    // Set by an editor that takes changes from the command line while it holds the plan's lock
    // (storage/plan_channel.hpp): called from the channel's thread to wake the editor's loop, which
    // then answers in tick(). Unset: no channel.
    std::function<void()> wake = {};
};

// What the session has to tell the user, in the editor's words.
struct Notice {
    enum class Kind {
        None,
        Text,            // detail as it is (an error line)
        ReadOnly,        // detail: the path
        LockedBy,        // detail: who holds the lock
        CreatedAt,       // detail: the path of the new plan
        RecoveryOffered, // detail: when the unsaved changes were written
        Recovered,
        Restored,        // detail: the version's time
        ReloadedTheirs,
        Wrote,           // detail: what was written
        Merged,          // detail: the copy merged in (a file name, or empty: the version on disk)
        FromCommandLine, // detail: how many changes a command line made (applied and saved)
    };
    Kind kind = Kind::None;
    std::string detail;
    bool empty() const { return kind == Kind::None; }
    friend bool operator==(const Notice&, const Notice&) = default;
};

// An earlier version of the file, for the restore list.
struct VersionInfo {
    std::string when, size;  // "2026-11-22 14:03:05", "12.4 KB"
    std::string core;        // its core goal
    int weeks = 0;           // weeks checked in
    std::string error;       // the version cannot be read
};

// What the user must answer before the session goes on: another program changed the file,
// unsaved changes to recover, a sync tool's conflict copy to merge (copy_offers()), conflicts a
// merge left in the plan to look at.
// A plan that is there but does not read (damaged()): the editor asks how to bring it back.
enum class Question { Conflict, Recovery, ConflictCopy, MergeConflicts, DamagedPlan, FirstRun };

// No plan yet (nothing to reopen, no plan in the data folder for this year or the next): which
// year the first one is for, and whether it starts empty or as the example, is asked.
struct FirstRun {
    int this_year = 0;
    int default_year = 0;  // next year from 1 December, this year otherwise
    bool persist = true;   // the plan is written as soon as it is made
};

// A sync tool's conflict copy beside the plan, offered for merging with what it would bring in.
struct CopyOffer {
    ConflictCopy copy;
    MergeSummary brings;
    std::string error;  // it cannot be read or merged (one line); it is still offered, to be told
};

// Pdf: the chart to print on A4; Calendar: the check-in reminder, Sundays 21:00.

class PlanSession {
public:
    explicit PlanSession(SessionOptions options);

    // ---- the plan and its file
    // Opens `path` (or, with create_if_missing, a blank plan for `year_if_new`, 0: this year,
    // titled in `language`). Returns an error line; the open plan is unchanged on failure.
    std::string open(const std::string& path, bool create_if_missing, Language language, int year_if_new = 0);
    // With no file named: the first recent file that opens, else this year's plan in the data
    // folder, created (and written when `persist`) when missing.
    std::string open_default(const std::vector<std::string>& recent, Language language, bool persist);
    // With no plan yet: the first one, for `year`, empty or the example (with no check-ins in weeks
    // still to come), made as YEAR.mandalart.json in the data folder (opened if it is there).
    std::string start_first_plan(int year, bool example, Language language);
    const std::optional<FirstRun>& first_run() const { return first_run_; }
    // Saves what is open, then opens another plan.
    std::string switch_to(const std::string& path, double now);
    // A new blank plan for `year` at `path` (refused when the file exists), saved at once.
    std::string create(const std::string& path, int year, Language language, double now);
    std::string save_as(const std::string& path);
    // Saves now; false (with save_error()) when it could not. Refused while in conflict unless
    // overwrite_changes.
    bool save(double now, bool overwrite_changes = false);

    // ---- edits
    // Applies an edit; returns why it was refused, or "". `amend`: it continues the last edit (a
    // note typed on after a pause) and joins its undo step when that set the same note.
    std::string apply(const Edit& edit, double now, bool amend = false);
    bool undo(double now);
    bool redo(double now);

    // ---- time passing: the crash journal and autosave
    void tick(double now);
    // Seconds until tick() has something to do; < 0: nothing pending.
    double seconds_until_due(double now) const;

    // ---- quitting
    // True when nothing would be lost by quitting now (saved, or saved just now).
    bool ready_to_quit(double now);
    // The user chose to quit without saving: nothing is offered back next time.
    void discard_unsaved();
    // On quit: saves what is pending.
    void close(double now);

    // ---- another program changed the file
    bool conflict() const { return conflict_; }
    void keep_mine(double now);       // write mine over theirs (theirs goes to the backups)
    void reload_theirs();             // take theirs (mine goes to the backups)
    // Merge theirs into mine, with the version both came from (the one this session last read or
    // wrote) as the base; one undoable step, then saved over theirs (theirs goes to the backups).
    void merge_theirs(double now);

    // ---- sync tools' conflict copies beside the plan (storage/conflict_copies.hpp)
    // Looks again (on open, after a save, when the window is focused); a copy not offered before
    // raises Question::ConflictCopy.
    void look_for_conflict_copies();
    const std::vector<CopyOffer>& copy_offers() const { return offers_; }
    // Merges the copy into the plan (one undoable step), saves, then moves the copy into the
    // backups so it is not offered again. Conflicts it leaves raise Question::MergeConflicts.
    void merge_copy(const std::string& path, double now);
    // Not now: not offered again while this plan is open.
    void dismiss_copy(const std::string& path);

    // ---- unsaved changes from a session that ended without saving
    bool recovery_pending() const { return recovery_.has_value(); }
    std::string recovery_written() const { return recovery_ ? recovery_->written : std::string{}; }
    void recover(double now);
    void discard_recovery();

    // ---- a plan that is there but does not read
    // open() on such a file holds its lock and shows an empty read-only plan in its place, keeps
    // what is known here and raises Question::DamagedPlan; nothing is written until one of these.
    const std::optional<DamagedPlan>& damaged() const { return damaged_; }
    // Puts back the journal (0) or earlier version `version` (1: the newest) in place of the
    // damaged file, which becomes version 1, and opens the plan. Returns an error line.
    std::string restore_damaged(int version, Language language);
    // A blank plan for the year in place of the damaged file (kept as version 1), opened.
    std::string start_over(Language language);

    // ---- earlier versions
    // Saves pending changes first, so what is on screen is among what can be restored.
    std::vector<VersionInfo> versions(double now);
    void restore(int version, double now);  // 1: the newest

    // ---- exports and next year
    // Where an export goes by default: beside the plan ("…/2026" + suffix).
    std::string beside_plan(const std::string& suffix) const;
    // The file system the plan is kept on (exports write through it too).
    FileSystem& file_system() const { return *options_.file_system; }
    // Opens next year's plan beside this one (next_year_path()), made first as chosen when missing.
    void start_next_year(double now, Carry carry = Carry::Unfinished, bool keep_colours = true);
    std::string next_year_path() const;

    // ---- what the editor shows
    const Document& document() const { return document_; }
    std::uint64_t document_generation() const { return generation_; }  // changes when another plan is opened
    // The year's numbers as of today, recomputed only when the plan or the date changes.
    const PlanStats& stats();
    // Changes whenever stats() is computed again: what views derive from the numbers keys on it.
    std::uint64_t stats_version() const { return stats_version_; }
    Date today() const { return options_.today(); }
    const Plan* previous_year() const { return previous_ ? &previous_->plan : nullptr; }
    Comparison comparison() const { return previous_ ? previous_->comparison() : Comparison{}; }
    std::string folder() const;
    // Why the last save failed (empty once one succeeds).
    const Notice& save_error() const { return save_error_; }
    const Notice& notice() const { return notice_; }
    void set_notice(Notice notice) { notice_ = std::move(notice); }
    void clear_notice() { notice_ = {}; }
    // Questions raised since the last call (a conflict noticed while autosaving, a journal found).
    std::vector<Question> take_questions() { return std::exchange(questions_, {}); }

private:
    Plan blank_plan(int year, Language language) const;
    std::string plan_in_data_folder(int year) const;  // YEAR.mandalart.json in the data folder
    Notice lock(Document& document);
    std::string save_before_leaving(const std::string& next, double now);
    SaveOptions save_options() const;
    SaveOptions over_damaged() const;
    std::string open_damaged(const std::string& path, const LoadedPlan& loaded, Language language);
    std::string replace_damaged(const std::string& bytes, Language language);
    void set_document(Document document);
    void offer_recovery();
    void reload_from_disk();
    void note_conflict();
    void find_previous_year();
    void keep_journal(double now);
    void changed(double now) { last_change_ = now; }
    void merge_in(const MergeResult& merged, double now);
    bool keep_mine_in_backups();
    // The command line's channel: listening while the lock is held, answered in tick().
    void keep_channel();
    std::string answer_channel(const std::string& request, double now);
    std::string apply_from_channel(const std::string& edits, std::uint64_t revision, double now);
    MergeResult merged_with_copy(const std::string& path, const Plan& theirs) const;


    SessionOptions options_;
    Document document_;
    std::uint64_t generation_ = 0;
    PlanLock lock_;                     // held while this session may write the document's file
    bool conflict_ = false;             // the file changed on disk; saving waits for a choice
    std::optional<Plan> on_disk_;       // the plan as this session last read or wrote it (a merge's base)
    std::vector<CopyOffer> offers_;     // conflict copies offered and not answered
    std::vector<std::string> answered_copies_;  // merged or dismissed while this plan is open
    std::optional<Journal> recovery_;   // offered after a crash, until answered
    std::optional<DamagedPlan> damaged_;  // the plan asked for does not read
    std::optional<FirstRun> first_run_;    // no plan yet: asked which
    std::optional<LastYear> previous_;  // last year's plan for the review, when known
    std::uint64_t journaled_revision_ = ~0ull;
    double last_journal_ = -1e9;
    double last_change_ = 0.0;
    double last_failed_save_ = -1e9;
    std::uint64_t failed_revision_ = ~0ull;
    PlanStats stats_;
    std::uint64_t stats_revision_ = ~0ull, stats_generation_ = ~0ull, stats_version_ = 0;
    Date stats_date_;
    Notice save_error_;
    Notice notice_;
    std::vector<Question> questions_;
    ChannelServer channel_;  // last: stopped (and its thread joined) before the rest goes
};

}  // namespace mandalart
