// mandalart: with a subcommand it is the CLI; otherwise the editor.
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "platform/desktop_notifications.hpp"
#include "platform/gui.hpp"
#include "storage/local_date.hpp"

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (mandalart::cli::wants_cli(args))
        return mandalart::cli::run(args, std::cout, std::cerr, mandalart::local_today(), mandalart::real_file_system(),
                                   &mandalart::platform::linux_desktop());
    return mandalart::platform::run_gui(args);
}
