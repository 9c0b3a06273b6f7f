#pragma once
// Runs the built `mandalart` binary and captures its exit code, stdout and stderr.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "../storage/temp_folder.hpp"

namespace mandalart::testing {

struct ProcessResult {
    int exit_code = -1;
    std::string out, err;
};

// `today` (YYYY-MM-DD) fixes the program's idea of the date through MANDALART_TODAY.
inline ProcessResult run_mandalart(const std::vector<std::string>& args, const std::string& today = "") {
    TempFolder capture;
    const std::string out_path = capture.file("out"), err_path = capture.file("err");
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(out, 1);
        ::dup2(err, 2);
        if (today.empty()) ::unsetenv("MANDALART_TODAY");
        else ::setenv("MANDALART_TODAY", today.c_str(), 1);
        std::vector<char*> argv{const_cast<char*>(MANDALART_BINARY)};
        for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(MANDALART_BINARY, argv.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    ProcessResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = read_all(out_path);
    r.err = read_all(err_path);
    return r;
}

// Sets an environment variable for the commands run in this scope (the child inherits it).
class ScopedEnv {
public:
    ScopedEnv(const char* name, const std::string& value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        ::setenv(name, value.c_str(), 1);
    }
    ~ScopedEnv() {
        if (old_) ::setenv(name_, old_->c_str(), 1);
        else ::unsetenv(name_);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* name_;
    std::optional<std::string> old_;
};

}  // namespace mandalart::testing
