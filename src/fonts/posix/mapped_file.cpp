// A file mapped on Linux: mmap, madvise to drop pages, munmap.
#include "fonts/mapped_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace mandalart {

MappedFile::MappedFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error_ = "cannot read " + path + ": " + std::strerror(errno);
        return;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size <= 0) {
        error_ = "cannot read " + path + ": not a readable, non-empty file";
    } else if (void* p = ::mmap(nullptr, static_cast<std::size_t>(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
               p == MAP_FAILED) {
        error_ = "cannot read " + path + ": " + std::strerror(errno);
    } else {
        data_ = static_cast<unsigned char*>(p);
        size_ = static_cast<std::size_t>(info.st_size);
    }
    ::close(fd);
}

void MappedFile::drop_pages() const {
    if (data_ != nullptr) ::madvise(data_, size_, MADV_DONTNEED);
}

void MappedFile::unmap() {
    if (data_ != nullptr) ::munmap(data_, size_);
    data_ = nullptr;
    size_ = 0;
}

}  // namespace mandalart
