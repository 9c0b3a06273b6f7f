// Every test binary keeps backups, crash journals, settings and plans made without a path in
// fresh temporary folders, never in the real ~/.local/state, ~/.config or ~/.local/share (a
// command that names no plan looks there: the developer's own plans must not change a result).
// (On Windows the folders are the known folders of the Wine prefix the tests run in.)
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <filesystem>
#include <random>
#include <string>

#include "support/test_environment.hpp"

int main(int argc, char* argv[]) {
    using mandalart::test::set_environment;
    std::error_code ec;
    const std::filesystem::path home =
        std::filesystem::temp_directory_path(ec) / ("mandalart-test-home-" + std::to_string(std::random_device{}()));
    if (std::filesystem::create_directories(home, ec)) {
        set_environment("XDG_STATE_HOME", (home / "state").string());
        set_environment("XDG_CONFIG_HOME", (home / "config").string());
        set_environment("XDG_DATA_HOME", (home / "data").string());
        set_environment("XDG_CACHE_HOME", (home / "cache").string());
    }
    // The command line speaks the locale's language: tests start from a neutral one (a test that
    // wants Korean sets LANG or passes --lang ko).
    mandalart::test::unset_environment("LC_ALL");
    mandalart::test::unset_environment("LC_MESSAGES");
    set_environment("LANG", "C.UTF-8");
    const int result = Catch::Session().run(argc, argv);
    std::filesystem::remove_all(home, ec);
    return result;
}
