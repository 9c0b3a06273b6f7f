#include "cli/plan_io.hpp"

#include <ostream>

#include "storage/plan_file.hpp"

namespace mandalart::cli {

std::optional<Plan> load_or_report(const std::string& path, Io& io) {
    LoadedPlan loaded = load_plan_file(path);
    if (!loaded.error.empty()) {
        io.err << loaded.error << "\n";
        return std::nullopt;
    }
    return std::move(loaded.plan);
}

int edit_file(const std::string& path, const Edit& edit, Io& io) {
    LoadedPlan loaded = load_plan_file(path);
    if (!loaded.error.empty()) {
        io.err << loaded.error << "\n";
        return kBadInput;
    }
    if (loaded.read_only) {
        io.err << path << ": made by a newer version of mandalart; it can be read but not changed by this version\n";
        return kBadInput;
    }
    Document document(std::move(loaded.plan), path);
    if (const std::string refused = document.apply(edit); !refused.empty()) {
        io.err << path << ": " << refused << "\n";
        return kBadInput;
    }
    if (!document.dirty()) return kOk;  // nothing changed: leave the file alone
    if (const std::string error = save_document(document); !error.empty()) {
        io.err << error << "\n";
        return kBadInput;
    }
    return kOk;
}

}  // namespace mandalart::cli
