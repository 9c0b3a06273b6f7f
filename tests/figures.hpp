#pragma once
// Reliability tests record what they tried (kills, faults, bad inputs) for docs/RELIABILITY.md:
// when $MANDALART_FIGURES names a folder, each figure is written there as a file NAME holding
// one number. scripts/reliability_report.sh gathers them.
#include <cstdlib>
#include <fstream>
#include <string>

namespace mandalart::testing {

inline void record_figure(const std::string& name, long long value) {
    const char* folder = std::getenv("MANDALART_FIGURES");
    if (folder == nullptr || folder[0] == '\0') return;
    std::ofstream(std::string(folder) + "/" + name) << value << "\n";
}

}  // namespace mandalart::testing
