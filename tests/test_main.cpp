// Every test binary keeps backups and crash journals in a fresh temporary state folder,
// never in the real ~/.local/state.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

int main(int argc, char* argv[]) {
    std::string state = "/tmp/mandalart-test-state-XXXXXX";
    if (::mkdtemp(state.data()) != nullptr) ::setenv("XDG_STATE_HOME", state.c_str(), 1);
    const int result = Catch::Session().run(argc, argv);
    std::error_code ec;
    std::filesystem::remove_all(state, ec);
    return result;
}
