// Reading a whole file on Windows: CreateFileW (sharing with whoever else has it open), ReadFile.
#include "storage/read_file.hpp"

#include <windows.h>

#include <cstdio>
#include <cstring>

#include "core/wide_text.hpp"
#include "storage/windows/system_error.hpp"

namespace mandalart {
namespace {

std::string mebibytes(std::size_t bytes) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return buffer;
}

}  // namespace

FileBytes read_file(const std::string& path, std::size_t max_bytes) {
    FileBytes result;
    const std::wstring wide = wide_text(path);
    const DWORD attributes = ::GetFileAttributesW(wide.c_str());
    if (attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0) {
        result.error = path + ": is a folder, not a plan file";
        return result;
    }
    HANDLE h = ::CreateFileW(wide.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                             OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        const int error = last_errno();
        result.missing = error == ENOENT;
        result.error = path + ": " + std::strerror(error);
        return result;
    }
    LARGE_INTEGER size{};
    if (::GetFileType(h) != FILE_TYPE_DISK) {
        result.error = path + ": not a regular file";
    } else if (!::GetFileSizeEx(h, &size)) {
        result.error = path + ": " + std::strerror(last_errno());
    } else if (static_cast<unsigned long long>(size.QuadPart) > max_bytes) {
        result.error = path + ": file is " + mebibytes(static_cast<std::size_t>(size.QuadPart)) + ", larger than the " +
                       mebibytes(max_bytes) + " limit for a plan";
    } else {
        result.bytes.resize(static_cast<std::size_t>(size.QuadPart));
        std::size_t done = 0;
        while (done < result.bytes.size()) {
            DWORD got = 0;
            if (!::ReadFile(h, result.bytes.data() + done, static_cast<DWORD>(result.bytes.size() - done), &got, nullptr)) {
                result.error = path + ": " + std::strerror(last_errno());
                break;
            }
            if (got == 0) break;  // the file shrank while we read it
            done += got;
        }
        result.bytes.resize(done);
    }
    ::CloseHandle(h);
    if (!result.error.empty()) result.bytes.clear();
    return result;
}

}  // namespace mandalart
