#include "storage/plan_file.hpp"

#include "storage/atomic_write.hpp"
#include "storage/read_file.hpp"

namespace mandalart {

LoadedPlan load_plan_file(const std::string& path) {
    LoadedPlan result;
    FileBytes file = read_file(path);
    if (!file.error.empty()) {
        result.error = std::move(file.error);
        result.missing = file.missing;
        return result;
    }
    DecodedPlan decoded = decode_plan(file.bytes, path);
    result.error = std::move(decoded.error);
    if (result.error.empty()) {
        result.plan = std::move(decoded.plan);
        result.read_only = decoded.read_only;
    }
    return result;
}

std::string save_plan_file(const std::string& path, const Plan& plan, FileSystem& fs) {
    return atomic_write(fs, path, encode_plan(plan));
}

std::string save_document(Document& document, FileSystem& fs) {
    if (document.read_only())
        return "cannot save " + document.path() + ": it was written by a newer version of mandalart and is open read-only";
    std::string error = save_plan_file(document.path(), document.plan(), fs);
    if (error.empty()) document.mark_saved();
    return error;
}

}  // namespace mandalart
