// Reading a whole file on Linux (POSIX): open, fstat, read.
#include "storage/read_file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mandalart {
namespace {

std::string mebibytes(std::size_t bytes) {
    const double mib = static_cast<double>(bytes) / (1024.0 * 1024.0);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f MiB", mib);
    return buffer;
}

}  // namespace

FileBytes read_file(const std::string& path, std::size_t max_bytes) {
    FileBytes result;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        result.missing = errno == ENOENT;
        result.error = path + ": " + std::strerror(errno);
        return result;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        result.error = path + ": " + std::strerror(errno);
    } else if (S_ISDIR(st.st_mode)) {
        result.error = path + ": is a folder, not a plan file";
    } else if (!S_ISREG(st.st_mode)) {
        result.error = path + ": not a regular file";
    } else if (static_cast<std::size_t>(st.st_size) > max_bytes) {
        result.error = path + ": file is " + mebibytes(static_cast<std::size_t>(st.st_size)) +
                       ", larger than the " + mebibytes(max_bytes) + " limit for a plan";
    } else {
        result.bytes.resize(static_cast<std::size_t>(st.st_size));
        std::size_t done = 0;
        while (done < result.bytes.size()) {
            const ssize_t n = ::read(fd, result.bytes.data() + done, result.bytes.size() - done);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) {
                result.error = path + ": " + std::strerror(errno);
                break;
            }
            if (n == 0) break;  // the file shrank while we read it
            done += static_cast<std::size_t>(n);
        }
        result.bytes.resize(done);
    }
    ::close(fd);
    if (!result.error.empty()) result.bytes.clear();
    return result;
}

}  // namespace mandalart
