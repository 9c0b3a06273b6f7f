// Every test binary keeps backups, crash journals, settings and plans made without a path in
// fresh temporary folders, never in the real ~/.local/state, ~/.config or ~/.local/share (a
// command that names no plan looks there: the developer's own plans must not change a result).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

int main(int argc, char* argv[]) {
    std::string home = "/tmp/mandalart-test-home-XXXXXX";
    if (::mkdtemp(home.data()) != nullptr) {
        ::setenv("XDG_STATE_HOME", (home + "/state").c_str(), 1);
        ::setenv("XDG_CONFIG_HOME", (home + "/config").c_str(), 1);
        ::setenv("XDG_DATA_HOME", (home + "/data").c_str(), 1);
        ::setenv("XDG_CACHE_HOME", (home + "/cache").c_str(), 1);
    }
    // The command line speaks the locale's language: tests start from a neutral one (a test that
    // wants Korean sets LANG or passes --lang ko).
    ::unsetenv("LC_ALL");
    ::unsetenv("LC_MESSAGES");
    ::setenv("LANG", "C.UTF-8", 1);
    const int result = Catch::Session().run(argc, argv);
    std::error_code ec;
    std::filesystem::remove_all(home, ec);
    return result;
}
