#pragma once
// Other programs the CLI runs (git, systemctl) and this one's own path, as they should run it.
#include <string>
#include <vector>

namespace mandalart::cli {

// Runs a program (found on PATH) with `args`, its output left to ours (or, `quiet`, dropped); its
// exit code, or -1 when it cannot run.
int run_program(const std::vector<std::string>& args, bool quiet = false);

// This program, as another program should run it (the path it was started from).
std::string this_program();

}  // namespace mandalart::cli
