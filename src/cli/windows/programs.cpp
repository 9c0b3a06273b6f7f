// Other programs on Windows: CreateProcessW with the arguments quoted as the C runtime splits
// them, waited for; this program from GetModuleFileNameW.
#include "cli/programs.hpp"

#include <windows.h>

#include "core/wide_text.hpp"

namespace mandalart::cli {
namespace {

// One argument quoted so that CommandLineToArgvW and the C runtime give it back unchanged.
std::wstring quoted(const std::wstring& arg) {
    if (!arg.empty() && arg.find_first_of(L" \t\n\v\"") == std::wstring::npos) return arg;
    std::wstring out = L"\"";
    for (std::size_t i = 0;; ++i) {
        std::size_t backslashes = 0;
        while (i < arg.size() && arg[i] == L'\\') {
            ++i;
            ++backslashes;
        }
        if (i == arg.size()) {
            out.append(backslashes * 2, L'\\');
            break;
        }
        if (arg[i] == L'"') out.append(backslashes * 2 + 1, L'\\');
        else out.append(backslashes, L'\\');
        out.push_back(arg[i]);
    }
    out.push_back(L'"');
    return out;
}

}  // namespace

int run_program(const std::vector<std::string>& args, bool quiet) {
    if (args.empty()) return -1;
    std::wstring line;
    for (const std::string& a : args) {
        if (!line.empty()) line.push_back(L' ');
        line += quoted(wide_text(a));
    }
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    HANDLE nul = INVALID_HANDLE_VALUE;
    if (quiet) {
        SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
        nul = ::CreateFileW(L"NUL", GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, &inherit, OPEN_EXISTING, 0, nullptr);
        startup.dwFlags = STARTF_USESTDHANDLES;
        startup.hStdInput = ::GetStdHandle(STD_INPUT_HANDLE);
        startup.hStdOutput = nul;
        startup.hStdError = nul;
    }
    PROCESS_INFORMATION process{};
    const BOOL started = ::CreateProcessW(nullptr, line.data(), nullptr, nullptr, quiet ? TRUE : FALSE, quiet ? CREATE_NO_WINDOW : 0, nullptr,
                                          nullptr, &startup, &process);
    if (nul != INVALID_HANDLE_VALUE) ::CloseHandle(nul);
    if (!started) return -1;
    ::WaitForSingleObject(process.hProcess, INFINITE);
    DWORD code = 1;
    ::GetExitCodeProcess(process.hProcess, &code);
    ::CloseHandle(process.hThread);
    ::CloseHandle(process.hProcess);
    return static_cast<int>(code);
}

std::string this_program() {
    wchar_t path[MAX_PATH * 4] = {};
    const DWORD n = ::GetModuleFileNameW(nullptr, path, static_cast<DWORD>(std::size(path)));
    return n == 0 ? std::string("mandalart") : utf8_text(std::wstring_view(path, n));
}

}  // namespace mandalart::cli
