#include "cli/plan_io.hpp"
#include "core/path_text.hpp"

#include <ostream>

#include <filesystem>

#include "core/refusal_language.hpp"
#include "cli/through_editor.hpp"
#include "storage/app_paths.hpp"
#include "storage/atomic_write.hpp"
#include "storage/plan_file.hpp"
#include "storage/restore.hpp"

namespace mandalart::cli {

std::string load_refusal(const std::string& path, const LoadedPlan& loaded) {
    if (loaded.missing && gone_with_versions(path)) return loaded.error + restore_hint(path, newest_good_version(path));
    if (loaded.damage == Damage::None) return loaded.error;  // missing, or cannot be read at all
    return loaded.error + restore_hint(path, newest_good_version(path));
}

std::optional<Plan> load_or_report(const std::string& path, Io& io) {
    LoadedPlan loaded = load_plan_file(path);
    if (!loaded.error.empty()) {
        io.err << load_refusal(path, loaded) << "\n";
        return std::nullopt;
    }
    return std::move(loaded.plan);
}

bool load_previous_year(const Args& args, const Date& as_of, Io& io, std::optional<LastYear>& out) {
    const auto path = args.option("compare");
    if (!path) return true;
    auto plan = load_or_report(*path, io);
    if (!plan) return false;
    const PlanStats stats = plan_stats(*plan, as_of);
    out = LastYear{std::move(*plan), stats};
    return true;
}

Comparison comparison_with(const std::optional<LastYear>& previous) { return previous ? previous->comparison() : Comparison{}; }

bool output_is_plan(const std::string& output, const std::string& plan_path, Io& io) {
    std::error_code ec;
    const bool same = std::filesystem::exists(file_path(output), ec) && std::filesystem::exists(file_path(plan_path), ec)
                          ? std::filesystem::equivalent(file_path(output), file_path(plan_path), ec)
                          : absolute_path(output) == absolute_path(plan_path);
    if (same) io.err << "mandalart: " << output << " is the plan itself; choose another output file\n";
    return same;
}

int edit_file(const std::string& path, const Edit& edit, Io& io) {
    return edit_file(path, [&](const Plan&, std::vector<Edit>& edits) {
        edits.push_back(edit);
        return std::string{};
    }, io);
}

bool lock_for_change(const std::string& path, PlanLock& lock, Io& io) {
    LockAttempt attempt = lock_plan(path, "mandalart command line");
    if (attempt.held_by) {
        io.err << in_language("cannot change " + path + ": it is open in " + attempt.held_by->describe() + "; close it there first", io.language)
               << "\n";
        return false;
    }
    if (!attempt.error.empty()) {
        io.err << attempt.error << "\n";
        return false;
    }
    lock = std::move(attempt.lock);
    return true;
}

int edit_file(const std::string& path, const EditMaker& make, Io& io, const std::function<void(const Plan&)>& done) {
    if (const auto through = edit_through_editor(path, make, io, done)) return *through;
    LoadedPlan loaded = load_plan_file(path);
    if (!loaded.error.empty()) {
        io.err << load_refusal(path, loaded) << "\n";
        return kBadInput;
    }
    if (loaded.read_only) {
        io.err << path << ": made by a newer version of mandalart; it can be read but not changed by this version\n";
        return kBadInput;
    }
    PlanLock lock;
    if (!lock_for_change(path, lock, io)) return kBadInput;
    Document document(std::move(loaded.plan), path);
    document.set_disk_hash(loaded.hash);  // a change by anyone else from here on is refused
    std::vector<Edit> edits;
    if (const std::string refused = make(document.plan(), edits); !refused.empty()) {
        io.err << "mandalart: " << in_language(refused, io.language) << "\n";
        return kBadInput;
    }
    for (const Edit& edit : edits)
        if (const std::string refused = document.apply(dated(edit, document.plan(), io.today)); !refused.empty()) {
            io.err << path << ": " << in_language(refused, io.language) << "\n";
            return kBadInput;
        }
    if (document.dirty()) {  // when nothing changed, leave the file alone
        if (const SaveResult saved = save_document(document, SaveOptions{io.fs}); !saved.error.empty()) {
            io.err << saved.error << "\n";
            return kBadInput;
        }
    }
    if (done) done(document.plan());
    return kOk;
}

}  // namespace mandalart::cli
