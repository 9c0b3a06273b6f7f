// A file mapped on Windows: CreateFileW and a read-only view of it (MapViewOfFile).
#include "fonts/mapped_file.hpp"

#include <windows.h>

#include "core/wide_text.hpp"

namespace mandalart {

MappedFile::MappedFile(const std::string& path) {
    HANDLE file = ::CreateFileW(wide_text(path).c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_DELETE, nullptr,
                                OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        error_ = "cannot read " + path + ": cannot open it (Windows error " + std::to_string(::GetLastError()) + ")";
        return;
    }
    LARGE_INTEGER size{};
    if (!::GetFileSizeEx(file, &size) || size.QuadPart <= 0 || ::GetFileType(file) != FILE_TYPE_DISK) {
        error_ = "cannot read " + path + ": not a readable, non-empty file";
    } else if (HANDLE mapping = ::CreateFileMappingW(file, nullptr, PAGE_READONLY, 0, 0, nullptr); mapping == nullptr) {
        error_ = "cannot read " + path + ": cannot map it (Windows error " + std::to_string(::GetLastError()) + ")";
    } else {
        void* view = ::MapViewOfFile(mapping, FILE_MAP_READ, 0, 0, 0);
        ::CloseHandle(mapping);  // the view keeps the mapping
        if (view == nullptr) {
            error_ = "cannot read " + path + ": cannot map it (Windows error " + std::to_string(::GetLastError()) + ")";
        } else {
            data_ = static_cast<unsigned char*>(view);
            size_ = static_cast<std::size_t>(size.QuadPart);
        }
    }
    ::CloseHandle(file);
}

// Windows trims a process's working set itself when memory is short; a read-only view's pages
// are clean and go first. Nothing to ask for here.
void MappedFile::drop_pages() const {}

void MappedFile::unmap() {
    if (data_ != nullptr) ::UnmapViewOfFile(data_);
    data_ = nullptr;
    size_ = 0;
}

}  // namespace mandalart
