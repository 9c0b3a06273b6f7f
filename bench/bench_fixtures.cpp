// bench_fixtures FOLDER: writes the benchmarks' plans into FOLDER, as the start-up and idle
// measurements open them: YEAR.mandalart.json for the last ten years, each a full year of
// check-ins with a note on every week (bench_plan.hpp); and fallbacks/2026.mandalart.json, the
// same year written with Hanja, Chinese, symbols and emoji (the editor needs its fallback fonts).
#include <filesystem>
#include <iostream>

#include "bench_plan.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: bench_fixtures FOLDER\n";
        return 2;
    }
    std::filesystem::create_directories(argv[1]);
    const std::string error = mandalart::bench::write_plan_folder(argv[1]);
    if (!error.empty()) std::cerr << error << "\n";
    if (mandalart::bench::write_fallback_plan(argv[1]).empty()) {
        std::cerr << "cannot write the fallback-font plan\n";
        return 1;
    }
    return error.empty() ? 0 : 1;
}
