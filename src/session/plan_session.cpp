#include "session/plan_session.hpp"
#include "core/path_text.hpp"

#include <algorithm>
#include <filesystem>

#include "core/chart_picture.hpp"
#include "core/example_plan.hpp"
#include "core/labels.hpp"
#include "core/next_year.hpp"
#include "storage/app_paths.hpp"
#include "storage/atomic_write.hpp"
#include "storage/backups.hpp"
#include "storage/local_date.hpp"
#include "storage/folder_listing.hpp"
#include "storage/plan_file.hpp"
#include "storage/restore.hpp"

namespace mandalart {
namespace {

constexpr const char* kLockOwner = "mandalart editor";

Notice text(std::string line) { return {Notice::Kind::Text, std::move(line)}; }

}  // namespace

PlanSession::PlanSession(SessionOptions options) : options_(std::move(options)) {
    if (!options_.today) options_.today = local_today;  // never a made-up date
}

// ---- the plan and its file ------------------------------------------------------------------

SaveOptions PlanSession::save_options() const {
    return SaveOptions{*options_.file_system};  // every write of the session through the one file system
}

Plan PlanSession::blank_plan(int year, Language language) const {
    Plan plan = make_blank_plan(year);
    plan.start = start_week_for(year, today());
    plan.title = default_title(year, language);
    return plan;
}

void PlanSession::set_document(Document document) {
    if (document.path() != document_.path()) {  // another plan: its own copies
        offers_.clear();
        answered_copies_.clear();
    }
    document_ = std::move(document);
    damaged_.reset();
    first_run_.reset();  // a plan is open: the first start is answered
    ++generation_;
    save_error_ = {};
    conflict_ = false;
    failed_revision_ = ~0ull;  // revisions count from 0 again in the new document
    journaled_revision_ = ~0ull;
    if (!document_.path().empty() && file_exists(document_.path())) options_.remember_file(document_.path());
    find_previous_year();
}

std::string PlanSession::open(const std::string& given, bool create_if_missing, Language language, int year_if_new) {
    const std::string path = absolute_path(given);
    LoadedPlan loaded = load_plan_file(path);
    Document document;
    std::optional<Plan> on_disk;
    if (loaded.missing && gone_with_versions(path)) {
        loaded.damage = Damage::Missing;  // never a blank plan over a year whose versions are kept
        return open_damaged(path, loaded, language);
    }
    if (loaded.missing && create_if_missing) {
        document = Document(blank_plan(year_if_new != 0 ? year_if_new : today().year, language), path);
    } else if (!loaded.error.empty()) {
        // There but damaged: shown with a way back. Missing or unreadable (a folder, no permission): refused.
        return loaded.damage != Damage::None ? open_damaged(path, loaded, language) : loaded.error;
    } else {
        on_disk = loaded.plan;
        document = Document(std::move(loaded.plan), path);
        document.set_read_only(loaded.read_only);
        document.set_disk_hash(loaded.hash);
    }
    recovery_.reset();
    const Notice locked = loaded.read_only ? Notice{} : lock(document);
    set_document(std::move(document));
    on_disk_ = std::move(on_disk);
    if (loaded.read_only) notice_ = {Notice::Kind::ReadOnly, path};
    else if (!locked.empty()) notice_ = locked;
    else offer_recovery();
    look_for_conflict_copies();
    return {};
}

// Takes the document's lock (letting go of the previous document's). When another mandalart
// holds it, the document opens read-only and the returned line says who holds it.
Notice PlanSession::lock(Document& document) {
    lock_.release();
    LockAttempt attempt = lock_plan(document.path(), kLockOwner);
    if (attempt.lock.held()) {
        lock_ = std::move(attempt.lock);
        return {};
    }
    if (attempt.held_by) {
        document.set_read_only(true);
        return {Notice::Kind::LockedBy, attempt.held_by->describe()};
    }
    // No lock can be made there (a read-only or missing folder): a plan not written yet stays
    // editable, and its first save reports why it cannot be written; an existing one is shown read-only.
    if (file_exists(document.path())) document.set_read_only(true);
    return attempt.error.empty() ? Notice{} : text(attempt.error);
}

std::string PlanSession::plan_in_data_folder(int year) const {
    const std::string folder = options_.data_folder.empty() ? data_folder() : options_.data_folder;
    return folder + "/" + std::to_string(year) + kPlanExtension;
}

std::string PlanSession::open_default(const std::vector<std::string>& recent, Language language, bool persist) {
    for (const std::string& path : recent)
        if ((file_exists(path) || gone_with_versions(path)) && open(path, false, language).empty()) return {};
    for (const int year : {today().year, today().year + 1}) {
        const std::string path = plan_in_data_folder(year);
        if (file_exists(path) || gone_with_versions(path)) return open(path, false, language);
    }
    // No plan yet: an empty chart behind the question, nothing written until it is answered.
    Document placeholder(blank_plan(default_plan_year(today()), language), {});
    placeholder.set_read_only(true);
    lock_.release();
    recovery_.reset();
    set_document(std::move(placeholder));
    on_disk_.reset();
    first_run_ = FirstRun{today().year, default_plan_year(today()), persist};
    questions_.push_back(Question::FirstRun);
    return {};
}

std::string PlanSession::start_first_plan(int year, bool example, Language language) {
    if (!first_run_) return {};
    if (const std::string problem = check_year(year); !problem.empty()) return problem;
    const bool persist = first_run_->persist;
    const std::string path = plan_in_data_folder(year);
    if (file_exists(path)) return open(path, false, language);  // opening answers the first start (set_document)
    Plan plan = blank_plan(year, language);
    if (example) {
        plan = make_example_plan(year);
        plan.start = start_week_for(year, today());
        const IsoWeek now = iso_week_of(today());  // the example's check-ins, only in weeks already here
        std::erase_if(plan.weeks, [&](const auto& week) { return year > now.year || (year == now.year && week.first > now.week); });
    }
    if (persist) {
        if (const std::string problem = make_folders(*options_.file_system, parent_folder(path)); !problem.empty()) return problem;
        if (const std::string problem = save_plan_file(path, plan, *options_.file_system); !problem.empty()) return problem;
        if (const std::string error = open(path, false, language); !error.empty()) return error;
        options_.remember_file(path);
    } else {
        Document shown(std::move(plan), path);  // written by the first save
        lock(shown);
        set_document(std::move(shown));
    }
    notice_ = {Notice::Kind::CreatedAt, path};
    return {};
}

// Before another plan replaces the open one: its unsaved changes saved, or a line saying why not
// (the open plan then stays, nothing lost).
std::string PlanSession::save_before_leaving(const std::string& next, double now) {
    if (!document_.dirty() || save(now)) return {};
    return "cannot open " + next + ": the plan open now could not be saved first, so it stays open (" +
           save_error_.detail + ")";
}

std::string PlanSession::switch_to(const std::string& path, double now) {
    if (std::string refused = save_before_leaving(path, now); !refused.empty()) return refused;
    return open(path, false, Language::Korean);  // an existing plan: the language names nothing
}

std::string PlanSession::create(const std::string& path, int year, Language language, double now) {
    if (file_exists(path)) return path + ": already exists";
    if (const std::string problem = check_year(year); !problem.empty()) return problem;
    if (std::string refused = save_before_leaving(path, now); !refused.empty()) return refused;
    if (const std::string error = open(path, true, language, year); !error.empty()) return error;
    if (!save(now)) return save_error_.detail;  // open, not yet written: autosave tries again
    return {};
}

std::string PlanSession::save_as(const std::string& path) {
    LockAttempt attempt = lock_plan(path, kLockOwner);
    if (!attempt.lock.held()) {
        save_error_ = attempt.held_by ? Notice{Notice::Kind::LockedBy, attempt.held_by->describe()} : text(attempt.error);
        return attempt.held_by ? attempt.held_by->describe() : attempt.error;
    }
    Document copy(document_.plan(), path);
    const SaveResult saved = save_document(copy, save_options());
    if (!saved.error.empty()) {
        save_error_ = text(saved.error);
        return saved.error;
    }
    if (!document_.read_only()) remove_journal(document_.path(), *options_.file_system);
    lock_ = std::move(attempt.lock);
    document_.set_path(path);
    document_.set_read_only(false);
    document_.set_disk_hash(saved.hash);
    document_.mark_saved();
    on_disk_ = document_.plan();
    save_error_ = {};
    conflict_ = false;
    options_.remember_file(path);
    offers_.clear();
    answered_copies_.clear();
    look_for_conflict_copies();
    return {};
}

bool PlanSession::save(double now, bool overwrite_changes) {
    if (document_.read_only() || document_.path().empty()) return false;
    if (conflict_ && !overwrite_changes) return false;  // waits for the user's choice
    SaveOptions options = save_options();
    options.overwrite_changes = overwrite_changes;
    // A journal written since the last save would be older than the plan about to be saved (and
    // could outlive the save, to be offered back over it): first it holds the same.
    if (journaled_revision_ != ~0ull && !recovery_) settle_journal(document_.path(), document_.plan(), *options_.file_system);
    const SaveResult saved = save_document(document_, options);
    if (saved.error.empty()) {
        on_disk_ = document_.plan();
        save_error_ = {};
        conflict_ = false;
        remove_journal(document_.path(), *options_.file_system);
        journaled_revision_ = ~0ull;
        options_.remember_file(document_.path());
        look_for_conflict_copies();
        return true;
    }
    save_error_ = text(saved.error);
    last_failed_save_ = now;
    failed_revision_ = document_.revision();
    if (saved.changed_on_disk) note_conflict();
    return false;
}

// Re-reads the document's file (after a restore, or to take another program's version).
void PlanSession::reload_from_disk() {
    LoadedPlan loaded = load_plan_file(document_.path());
    if (!loaded.error.empty()) {
        notice_ = text(loaded.error);
        return;
    }
    on_disk_ = loaded.plan;
    Document document(std::move(loaded.plan), document_.path());
    document.set_disk_hash(loaded.hash);
    set_document(std::move(document));
}

std::string PlanSession::folder() const {
    if (document_.path().empty()) return options_.data_folder.empty() ? data_folder() : options_.data_folder;
    return path_text(file_path(document_.path()).parent_path());
}

// Last year's plan for the review: the one compared with, else a plan for the year before in the
// same folder (the one `mandalart next` or the editor's next year came from, sharing action ids).
void PlanSession::find_previous_year() {
    previous_.reset();
    const int year = document_.plan().year - 1;
    std::vector<std::string> candidates;
    if (!options_.compare_file.empty()) candidates.push_back(options_.compare_file);
    if (!document_.path().empty()) {
        // YEAR.mandalart.json first (how `next` names it), so a folder of many years is not read whole.
        const std::string where = folder();
        candidates.push_back(where + "/" + std::to_string(year) + kPlanExtension);
        for (const std::string& name : list_folder(where).files) candidates.push_back(where + "/" + name);
    }
    for (const std::string& path : candidates) {
        if (!document_.path().empty() && absolute_path(path) == absolute_path(document_.path())) continue;
        LoadedPlan loaded = load_plan_file(path);
        if (!loaded.error.empty() || loaded.plan.year != year) continue;
        const PlanStats stats = plan_stats(loaded.plan, today());
        previous_ = LastYear{std::move(loaded.plan), stats};
        return;
    }
}

const PlanStats& PlanSession::stats() {
    const Date date = today();
    if (stats_revision_ != document_.revision() || stats_generation_ != generation_ || !(stats_date_ == date)) {
        stats_ = plan_stats(document_.plan(), date);
        stats_revision_ = document_.revision();
        stats_generation_ = generation_;
        stats_date_ = date;
        ++stats_version_;
    }
    return stats_;
}

// ---- edits ----------------------------------------------------------------------------------

std::string PlanSession::apply(const Edit& edit, double now, bool amend) {
    const std::uint64_t before = document_.revision();
    std::string refused = document_.apply(dated(edit, document_.plan(), today()), amend);
    if (document_.revision() != before) changed(now);
    return refused;
}

bool PlanSession::undo(double now) {
    if (!document_.undo()) return false;
    changed(now);
    return true;
}

bool PlanSession::redo(double now) {
    if (!document_.redo()) return false;
    changed(now);
    return true;
}

// ---- time passing ---------------------------------------------------------------------------

// Unsaved edits reach the crash journal at most kJournalInterval after they are made, so a
// kill loses at most that much even when saving fails or has not happened yet.
void PlanSession::keep_journal(double now) {
    if (!document_.dirty() || document_.read_only() || document_.path().empty() || recovery_) return;
    if (journaled_revision_ == document_.revision() || now - last_journal_ < kJournalInterval) return;
    last_journal_ = now;
    if (write_journal(document_.path(), document_.plan(), *options_.file_system).empty()) journaled_revision_ = document_.revision();
}

// Autosave: shortly after the last edit, and again later if a save failed.
void PlanSession::tick(double now) {
    keep_channel();
    channel_.serve([&](const std::string& request) { return answer_channel(request, now); });
    keep_journal(now);
    const bool waited = now - last_change_ >= kAutosaveDelay;
    const bool retry_ok = failed_revision_ != document_.revision() || now - last_failed_save_ >= kSaveRetryDelay;
    if (document_.dirty() && waited && retry_ok && !document_.read_only()) save(now);
}

double PlanSession::seconds_until_due(double now) const {
    if (!document_.dirty() || document_.read_only() || conflict_) return -1.0;
    if (journaled_revision_ != document_.revision() && !recovery_)
        return std::max(0.0, std::min(last_journal_ + kJournalInterval, last_change_ + kAutosaveDelay) - now);
    if (failed_revision_ == document_.revision()) return std::max(0.0, last_failed_save_ + kSaveRetryDelay - now);
    return std::max(0.0, last_change_ + kAutosaveDelay - now);
}

// ---- quitting -------------------------------------------------------------------------------

bool PlanSession::ready_to_quit(double now) {
    if (!document_.dirty() || document_.read_only()) return true;
    return save(now);
}

void PlanSession::discard_unsaved() { remove_journal(document_.path(), *options_.file_system); }

void PlanSession::close(double now) {
    if (document_.dirty() && !document_.read_only()) save(now);
}

// ---- another program changed the file -------------------------------------------------------

// Nothing more is saved until the user chooses.
void PlanSession::note_conflict() {
    conflict_ = true;
    questions_.push_back(Question::Conflict);
}

// Whichever version is not kept stays in the backups: theirs when a save replaces it, mine here.
void PlanSession::keep_mine(double now) {
    if (conflict_) save(now, true);
}

// Mine as it is, kept among the earlier versions before theirs replaces or joins it; false (with
// the save error set) when it cannot be kept, and then nothing must drop it.
bool PlanSession::keep_mine_in_backups() {
    if (const std::string error = keep_backup(*options_.file_system, document_.path(), encode_plan(document_.plan()));
        !error.empty()) {
        save_error_ = text(error);
        return false;
    }
    return true;
}

void PlanSession::reload_theirs() {
    if (!conflict_ || !keep_mine_in_backups()) return;
    remove_journal(document_.path(), *options_.file_system);
    reload_from_disk();
    notice_ = {Notice::Kind::ReloadedTheirs, {}};
}

// ---- crash recovery -------------------------------------------------------------------------

// A journal left by a session that ended without saving: offer its changes back.
void PlanSession::offer_recovery() {
    std::optional<Journal> journal = read_journal(document_.path());
    if (!journal) return;
    if (journal->plan == document_.plan()) {  // nothing was lost
        remove_journal(document_.path(), *options_.file_system);
        return;
    }
    notice_ = {Notice::Kind::RecoveryOffered, journal->written};
    recovery_ = std::move(journal);
    questions_.push_back(Question::Recovery);
}

void PlanSession::recover(double now) {
    if (!recovery_) return;
    Document recovered(std::move(recovery_->plan), document_.path());
    recovered.set_disk_hash(document_.disk_hash());
    recovered.mark_unsaved();
    recovery_.reset();
    set_document(std::move(recovered));
    changed(now);  // autosaved shortly, like any edit
    notice_ = {Notice::Kind::Recovered, {}};
}

void PlanSession::discard_recovery() {
    if (!recovery_) return;
    const Journal journal = std::move(*recovery_);
    // Discarded, but still kept as an earlier version, in case that was a mistake; when it cannot
    // be kept there, the journal stays (offered again next time) and the notice says why.
    recovery_.reset();
    if (const std::string error = keep_backup(*options_.file_system, document_.path(), encode_plan(journal.plan)); !error.empty()) {
        notice_ = text(error + "; the unsaved changes stay in the crash journal");
        return;
    }
    remove_journal(document_.path(), *options_.file_system);
    notice_ = {};
}

// ---- earlier versions -----------------------------------------------------------------------

std::vector<VersionInfo> PlanSession::versions(double now) {
    if ((document_.read_only() && !damaged_) || document_.path().empty()) return {};
    if (document_.dirty()) save(now);
    std::vector<VersionInfo> rows;
    for (const Backup& backup : list_backups(document_.path())) {
        const LoadedPlan version = load_plan_file(backup.path);
        rows.push_back({backup.time_label(), backup.size_label(), version.plan.core,
                        static_cast<int>(version.plan.weeks.size()), version.error});
    }
    return rows;
}

void PlanSession::restore(int version, double now) {
    if (document_.read_only() || version < 1) return;
    if (document_.dirty() && !save(now)) {
        notice_ = save_error_;
        return;
    }
    SaveOptions options = save_options();
    options.expected_hash = document_.disk_hash();
    std::string when;
    const SaveResult restored = restore_version(document_.path(), static_cast<std::size_t>(version), options, &when);
    if (!restored.error.empty()) {
        if (restored.changed_on_disk) {
            save_error_ = text(restored.error);
            note_conflict();
        } else {
            notice_ = text(restored.error);
        }
        return;
    }
    reload_from_disk();
    notice_ = {Notice::Kind::Restored, when};
}

// ---- exports and next year ------------------------------------------------------------------

// "…/2026.mandalart.json" → "…/2026" + suffix.
std::string PlanSession::beside_plan(const std::string& suffix) const {
    std::string path = document_.path();
    const std::string extension = kPlanExtension;
    if (path.size() > extension.size() && path.ends_with(extension)) path.resize(path.size() - extension.size());
    else path = path_text(file_path(path).replace_extension());
    return path + suffix;
}

std::string PlanSession::next_year_path() const {
    return folder() + "/" + std::to_string(document_.plan().year + 1) + kPlanExtension;
}

void PlanSession::start_next_year(double now, Carry carry, bool keep_colours) {
    const Plan& plan = document_.plan();
    if (const std::string problem = check_year(plan.year + 1); !problem.empty()) {
        notice_ = text(problem);
        return;
    }
    const std::string path = next_year_path();
    if (!file_exists(path)) {
        Plan next = next_year_plan(plan, stats(), carry, keep_colours);
        next.start = start_week_for(next.year, today());
        if (const std::string problem = save_plan_file(path, next, *options_.file_system); !problem.empty()) {
            notice_ = text(problem);
            return;
        }
        if (std::string error = switch_to(path, now); !error.empty()) notice_ = text(error);
        else notice_ = {Notice::Kind::Wrote, path};
        return;
    }
    if (std::string error = switch_to(path, now); !error.empty()) notice_ = text(error);  // already started: open it
}

}  // namespace mandalart
