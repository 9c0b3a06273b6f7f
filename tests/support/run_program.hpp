#pragma once
// Runs a program with arguments, its stdout and stderr written to the two files named, and
// returns its exit code (128 + the signal when one ended it; -1 when it cannot start). The child
// inherits this process's environment. posix_spawn on Linux, CreateProcessW on Windows.
#include <string>
#include <vector>

namespace mandalart::test {

int run_program_captured(const std::string& program, const std::vector<std::string>& args, const std::string& out_path,
                         const std::string& err_path);

}  // namespace mandalart::test
