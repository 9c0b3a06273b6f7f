#pragma once
// Runs the built `mandalart` binary and captures its exit code, stdout and stderr.
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "../storage/temp_folder.hpp"
#include "support/run_program.hpp"
#include "support/test_environment.hpp"

namespace mandalart::testing {

struct ProcessResult {
    int exit_code = -1;
    std::string out, err;
};

// `today` (YYYY-MM-DD) fixes the program's idea of the date through MANDALART_TODAY.
inline ProcessResult run_mandalart(const std::vector<std::string>& args, const std::string& today = "") {
    TempFolder capture;
    const std::string out_path = capture.file("out"), err_path = capture.file("err");
    const std::optional<std::string> before = std::getenv("MANDALART_TODAY") ? std::optional<std::string>(std::getenv("MANDALART_TODAY")) : std::nullopt;
    if (today.empty()) test::unset_environment("MANDALART_TODAY");
    else test::set_environment("MANDALART_TODAY", today);
    const int code = test::run_program_captured(MANDALART_BINARY, args, out_path, err_path);
    if (before) test::set_environment("MANDALART_TODAY", *before);
    else test::unset_environment("MANDALART_TODAY");
    ProcessResult r;
    r.exit_code = code;
    r.out = read_all(out_path);
    r.err = read_all(err_path);
    return r;
}

// Sets an environment variable for the commands run in this scope (the child inherits it).
class ScopedEnv {
public:
    ScopedEnv(const char* name, const std::string& value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        test::set_environment(name, value);
    }
    ~ScopedEnv() {
        if (old_) test::set_environment(name_, *old_);
        else test::unset_environment(name_);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* name_;
    std::optional<std::string> old_;
};

}  // namespace mandalart::testing
