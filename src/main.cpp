// mandalart: with a subcommand it is the CLI; otherwise the editor.
#include <ctime>
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "platform/gui.hpp"

namespace {

int current_year() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return local.tm_year + 1900;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (mandalart::cli::wants_cli(args)) return mandalart::cli::run(args, std::cout, std::cerr, current_year());
    return mandalart::platform::run_gui(args, current_year());
}
