// The window's operating system on Windows: the wide command line as UTF-8, a UTF-8 console for
// the command line, IMM32 for Korean input (platform/windows/ime_window). No reminder desktop yet
// (the editor offers no reminder, `remind` only prints, as on a Linux without one).
#include "platform/window_system.hpp"

#include <windows.h>
#include <shellapi.h>

#include <fcntl.h>
#include <io.h>

#include <cstdio>

#include "core/wide_text.hpp"
#include "platform/windows/ime_window.hpp"

namespace mandalart::platform {

std::vector<std::string> program_arguments(int, char**) {
    int count = 0;
    LPWSTR* wide = ::CommandLineToArgvW(::GetCommandLineW(), &count);
    std::vector<std::string> args;
    for (int i = 1; i < count; ++i) args.push_back(utf8_text(wide[i]));
    ::LocalFree(wide);
    return args;
}

// mandalart.com (the console program) has its console already. mandalart.exe, a window program,
// has none: run from cmd or PowerShell with a subcommand, it writes to the console it was started
// from (output redirected to a file or a pipe is used as it is). Either way the console is told
// that the bytes are UTF-8, so Hangul shows as Hangul, and the C runtime writes the bytes as they
// are: no "\r" added before "\n", so a CSV or a chart sent to a pipe is the Linux build's, byte
// for byte (the console shows "\n" as a new line either way).
void prepare_console() {
    const HANDLE out = ::GetStdHandle(STD_OUTPUT_HANDLE);
    if ((out == nullptr || out == INVALID_HANDLE_VALUE) && ::AttachConsole(ATTACH_PARENT_PROCESS)) {
        [[maybe_unused]] FILE* f = std::freopen("CONOUT$", "w", stdout);
        f = std::freopen("CONOUT$", "w", stderr);
    }
    ::_setmode(::_fileno(stdout), _O_BINARY);
    ::_setmode(::_fileno(stderr), _O_BINARY);
    ::SetConsoleOutputCP(CP_UTF8);
    ::SetConsoleCP(CP_UTF8);
}

Desktop* system_desktop() { return nullptr; }

void connect_input_method(GuiContext&) {}  // IMM32 comes with the window: hook_window

void hook_window(GLFWwindow* window, GuiContext& context) { attach_imm(window, context); }

std::unique_ptr<InputWaker> watch_input_method(GuiContext&) { return nullptr; }  // IMM32 speaks through window messages

void return_memory() {}  // Windows trims an idle process's working set itself

ImeKey ime_key(int key, int, int action, int) {
    ImeKey k;
    k.keycode = static_cast<std::uint32_t>(key);  // GLFW's key, which is the UI's (ui/keys); no X keysym here
    k.release = action == 0;  // GLFW_RELEASE
    return k;
}

}  // namespace mandalart::platform
