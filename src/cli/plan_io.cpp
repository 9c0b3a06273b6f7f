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
    return edit_file(path, [&](const Plan&, std::vector<Edit>& edits) {
        edits.push_back(edit);
        return std::string{};
    }, io);
}

int edit_file(const std::string& path, const EditMaker& make, Io& io, const std::function<void(const Plan&)>& done) {
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
    std::vector<Edit> edits;
    if (const std::string refused = make(document.plan(), edits); !refused.empty()) {
        io.err << "mandalart: " << refused << "\n";
        return kBadInput;
    }
    for (const Edit& edit : edits)
        if (const std::string refused = document.apply(edit); !refused.empty()) {
            io.err << path << ": " << refused << "\n";
            return kBadInput;
        }
    if (document.dirty()) {  // when nothing changed, leave the file alone
        if (const std::string error = save_document(document); !error.empty()) {
            io.err << error << "\n";
            return kBadInput;
        }
    }
    if (done) done(document.plan());
    return kOk;
}

}  // namespace mandalart::cli
