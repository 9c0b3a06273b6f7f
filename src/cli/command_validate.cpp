// mandalart validate FILE
#include <ostream>

#include "cli/commands_list.hpp"
#include "cli/plan_io.hpp"
#include "storage/plan_file.hpp"

namespace mandalart::cli {

int run_validate(const Args& args, Io& io) {
    const std::string& path = args.positionals[0];
    const LoadedPlan loaded = load_plan_file(path);
    if (!loaded.error.empty()) {
        io.err << load_refusal(path, loaded) << "\n";
        return kBadInput;
    }
    io.out << (loaded.read_only ? "ok (made by a newer version of mandalart: read-only here)" : "ok") << "\n";
    return kOk;
}

}  // namespace mandalart::cli
