// PlanSession: a plan that is there but does not read. The editor opens anyway, on an empty
// read-only plan, holding the plan's lock, and asks; nothing is written until the user chooses,
// and what is written replaces exactly the damaged bytes, which are kept as version 1.
#include "session/plan_session.hpp"

#include "storage/plan_file.hpp"
#include "storage/plan_json.hpp"

namespace mandalart {

std::string PlanSession::open_damaged(const std::string& path, const LoadedPlan& loaded, Language language) {
    DamagedPlan damaged{path, loaded.error, loaded.damage, loaded.size, loaded.hash, newest_good_version(path), read_journal(path)};
    Document placeholder(blank_plan(today().year, language), path);
    placeholder.set_read_only(true);
    recovery_.reset();
    const Notice locked = lock(placeholder);  // restoring writes the file
    set_document(std::move(placeholder));
    on_disk_.reset();
    damaged_ = std::move(damaged);
    notice_ = locked;
    questions_.push_back(Question::DamagedPlan);
    return {};
}

SaveOptions PlanSession::over_damaged() const {
    SaveOptions options = save_options();
    options.expected_hash = damaged_->hash;  // only the damaged bytes are replaced, and kept
    return options;
}

std::string PlanSession::replace_damaged(const std::string& bytes, Language language) {
    const std::string path = damaged_->path;
    if (const SaveResult written = replace_plan_file(path, bytes, over_damaged()); !written.error.empty()) return written.error;
    return open(path, false, language);
}

std::string PlanSession::restore_damaged(int version, Language language) {
    if (!damaged_ || !lock_.held()) return {};
    if (version == 0) {
        if (!damaged_->journal) return {};
        const std::string path = damaged_->path;
        const std::string error = replace_damaged(encode_plan(damaged_->journal->plan), language);
        if (error.empty()) remove_journal(path, *options_.file_system);  // it is the plan now
        return error;
    }
    const std::string path = damaged_->path;
    std::string when;
    if (const SaveResult restored = restore_version(path, static_cast<std::size_t>(version), over_damaged(), &when); !restored.error.empty())
        return restored.error;
    const std::string error = open(path, false, language);
    if (error.empty()) notice_ = {Notice::Kind::Restored, when};
    return error;
}

std::string PlanSession::start_over(Language language) {
    if (!damaged_ || !lock_.held()) return {};
    return replace_damaged(encode_plan(blank_plan(today().year, language)), language);
}

}  // namespace mandalart
