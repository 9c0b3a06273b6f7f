// measure_run CMD [ARGS...]: runs a command once and prints, on one line,
//   wall_ms=… peak_rss_kb=… cpu_s=… exit=…
// wall time from fork to exit (steady clock), peak resident memory and CPU time (user + system)
// of the process from wait4's rusage. Its output is the command's own; this line goes to stderr.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: measure_run CMD [ARGS...]\n");
        return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid < 0) return 1;
    if (pid == 0) {
        execvp(argv[1], argv + 1);
        std::perror(argv[1]);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid) return 1;
    const double wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const double cpu_s = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::fprintf(stderr, "wall_ms=%.1f peak_rss_kb=%ld cpu_s=%.3f exit=%d\n", wall_ms, usage.ru_maxrss, cpu_s, code);
    return code;
}
