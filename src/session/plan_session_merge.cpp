// PlanSession: other copies of the plan brought in — the version another program wrote over the
// file (merge_theirs) and the conflict copies sync tools leave beside it (merge_copy).
#include <algorithm>
#include "core/path_text.hpp"
#include <filesystem>

#include "session/plan_session.hpp"
#include "storage/backups.hpp"
#include "storage/merge_base.hpp"
#include "storage/plan_json.hpp"
#include "storage/plan_file.hpp"
#include "storage/read_file.hpp"

namespace mandalart {

// The merge's result in place of the plan as one undoable step; its new conflicts are asked about.
void PlanSession::merge_in(const MergeResult& merged, double now) {
    if (merged.plan != document_.plan()) apply(MergeIn{std::make_shared<const Plan>(merged.plan)}, now);
    if (!merged.conflicts.empty()) questions_.push_back(Question::MergeConflicts);
}

void PlanSession::merge_theirs(double now) {
    if (!conflict_) return;
    LoadedPlan theirs = load_plan_file(document_.path());
    if (!theirs.error.empty()) {
        notice_ = {Notice::Kind::Text, theirs.error};
        return;
    }
    const MergeResult merged = merge_plans(document_.plan(), theirs.plan, on_disk_);
    if (!merged.refused.empty()) {
        notice_ = {Notice::Kind::Text, merged.refused};
        return;
    }
    if (!keep_mine_in_backups()) return;  // mine as it was, never saved (the file changed under it)
    // The file now holds theirs: that is what the next save replaces (and keeps in the backups).
    document_.set_disk_hash(theirs.hash);
    on_disk_ = std::move(theirs.plan);
    conflict_ = false;
    merge_in(merged, now);
    document_.mark_unsaved();  // even when mine already held all of theirs, the file must hold it
    if (save(now)) notice_ = {Notice::Kind::Merged, {}};
}

// The plan merged with a copy beside it, from the version both came from when it can be found.
MergeResult PlanSession::merged_with_copy(const std::string& path, const Plan& theirs) const {
    const auto base = find_merge_base(document_.path(), document_.plan(), path, theirs);
    return merge_plans(document_.plan(), theirs, base ? std::optional<Plan>(base->plan) : std::nullopt);
}

void PlanSession::look_for_conflict_copies() {
    if (document_.read_only() || document_.path().empty()) return;
    std::vector<CopyOffer> offers;
    for (ConflictCopy& copy : find_conflict_copies(document_.path())) {
        if (std::find(answered_copies_.begin(), answered_copies_.end(), copy.path) != answered_copies_.end()) continue;
        // Offered already: asked once, with what it brought then (merging it reads it afresh).
        const auto known = std::find_if(offers_.begin(), offers_.end(), [&](const CopyOffer& o) { return o.copy.path == copy.path; });
        if (known != offers_.end()) {
            offers.push_back(*known);
            continue;
        }
        CopyOffer offer{std::move(copy), {}, {}};
        const LoadedPlan theirs = load_plan_file(offer.copy.path);
        if (!theirs.error.empty()) {
            offer.error = theirs.error;
        } else {
            const MergeResult merged = merged_with_copy(offer.copy.path, theirs.plan);
            offer.error = merged.refused;
            if (merged.refused.empty()) offer.brings = summarize_merge(document_.plan(), merged);
        }
        questions_.push_back(Question::ConflictCopy);
        offers.push_back(std::move(offer));
    }
    offers_ = std::move(offers);
}

void PlanSession::dismiss_copy(const std::string& path) {
    answered_copies_.push_back(path);
    std::erase_if(offers_, [&](const CopyOffer& o) { return o.copy.path == path; });
}

void PlanSession::merge_copy(const std::string& path, double now) {
    if (document_.read_only()) return;
    const FileBytes bytes = read_file(path);
    if (!bytes.error.empty()) {
        notice_ = {Notice::Kind::Text, bytes.error};
        return;
    }
    const DecodedPlan theirs = decode_plan(bytes.bytes, path);
    if (!theirs.error.empty()) {
        notice_ = {Notice::Kind::Text, theirs.error};
        return;
    }
    const MergeResult merged = merged_with_copy(path, theirs.plan);
    if (!merged.refused.empty()) {
        notice_ = {Notice::Kind::Text, merged.refused};
        return;
    }
    merge_in(merged, now);
    if (document_.dirty() && !save(now)) {  // the copy stays where it is until the merge is on disk
        notice_ = save_error_;
        return;
    }
    // Out of the way, but not gone: the copy is kept among the plan's earlier versions.
    if (const std::string error = keep_backup(*options_.file_system, document_.path(), bytes.bytes); !error.empty()) {
        notice_ = {Notice::Kind::Text, error};
        return;
    }
    options_.file_system->remove(path);
    dismiss_copy(path);
    notice_ = {Notice::Kind::Merged, file_name_of(path)};
}

}  // namespace mandalart
