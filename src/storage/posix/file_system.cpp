// The file system on Linux (POSIX): mkostemp, write, fsync, rename, and fsync on the folder.
#include "storage/file_system.hpp"

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mandalart {
namespace {

class PosixFileSystem final : public FileSystem {
public:
    int create_unique(std::string& pattern, int& fd) override {
        fd = ::mkostemp(pattern.data(), O_CLOEXEC);
        return fd < 0 ? errno : 0;
    }
    int write_all(int fd, const char* data, std::size_t size) override {
        while (size > 0) {
            const ssize_t n = ::write(fd, data, size);
            if (n < 0) {
                if (errno == EINTR) continue;
                return errno;
            }
            data += n;
            size -= static_cast<std::size_t>(n);
        }
        return 0;
    }
    int set_mode(int fd, mode_t mode) override { return ::fchmod(fd, mode) == 0 ? 0 : errno; }
    int sync(int fd) override { return ::fsync(fd) == 0 ? 0 : errno; }
    int close(int fd) override { return ::close(fd) == 0 ? 0 : errno; }
    int rename(const std::string& from, const std::string& to) override {
        return ::rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;
    }
    int sync_folder(const std::string& folder) override {
        const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0) return errno;
        const int result = ::fsync(fd) == 0 ? 0 : errno;
        ::close(fd);
        return result;
    }
    int remove(const std::string& path) override { return ::unlink(path.c_str()) == 0 ? 0 : errno; }
    int make_folder(const std::string& path) override { return ::mkdir(path.c_str(), 0700) == 0 ? 0 : errno; }
    int existing_mode(const std::string& path) override {
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0) return -1;
        return static_cast<int>(st.st_mode & 07777);
    }
};

}  // namespace

FileSystem& real_file_system() {
    static PosixFileSystem fs;
    return fs;
}

bool regular_file_or_none(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode);
}

std::string this_host() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0) return "unknown";
    return name;
}

int this_process_id() { return static_cast<int>(::getpid()); }

}  // namespace mandalart
