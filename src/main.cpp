// mandalart: with a subcommand it is the CLI; otherwise the editor.
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "platform/gui.hpp"
#include "platform/window_system.hpp"
#include "storage/local_date.hpp"

int main(int argc, char** argv) {
    namespace platform = mandalart::platform;
    const std::vector<std::string> args = platform::program_arguments(argc, argv);
    platform::prepare_console();
    if (mandalart::cli::wants_cli(args))
        return mandalart::cli::run(args, std::cout, std::cerr, mandalart::local_today(), mandalart::real_file_system(),
                                   platform::system_desktop());
    return platform::run_gui(args);
}
