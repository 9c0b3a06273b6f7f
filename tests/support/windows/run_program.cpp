#include "support/run_program.hpp"

#include <windows.h>

#include "core/wide_text.hpp"

namespace mandalart::test {
namespace {

std::wstring quoted(const std::string& arg) {
    std::wstring w = wide_text(arg), out = L"\"";
    for (std::size_t i = 0; i < w.size(); ++i) {
        std::size_t slashes = 0;
        while (i < w.size() && w[i] == L'\\') ++slashes, ++i;
        if (i == w.size()) {
            out.append(slashes * 2, L'\\');
            break;
        }
        out.append(w[i] == L'"' ? slashes * 2 + 1 : slashes, L'\\');
        out.push_back(w[i]);
    }
    return out + L"\"";
}

HANDLE output_file(const std::string& path) {
    SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
    return ::CreateFileW(wide_text(path).c_str(), GENERIC_WRITE, FILE_SHARE_READ, &inherit, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
}

}  // namespace

int run_program_captured(const std::string& program, const std::vector<std::string>& args, const std::string& out_path,
                         const std::string& err_path) {
    std::wstring line = quoted(program);
    for (const std::string& a : args) line += L" " + quoted(a);
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = ::GetStdHandle(STD_INPUT_HANDLE);
    startup.hStdOutput = output_file(out_path);
    startup.hStdError = output_file(err_path);
    PROCESS_INFORMATION process{};
    const BOOL started = ::CreateProcessW(wide_text(program).c_str(), line.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr,
                                          &startup, &process);
    ::CloseHandle(startup.hStdOutput);
    ::CloseHandle(startup.hStdError);
    if (!started) return -1;
    ::WaitForSingleObject(process.hProcess, INFINITE);
    DWORD code = 0;
    ::GetExitCodeProcess(process.hProcess, &code);
    ::CloseHandle(process.hThread);
    ::CloseHandle(process.hProcess);
    return static_cast<int>(code);
}

}  // namespace mandalart::test
