#pragma once
// A FileSystem that behaves like the real one until a chosen save step, which then fails with a chosen errno.
#include <optional>

#include "storage/file_system.hpp"

namespace mandalart::testing {

class FaultyFileSystem final : public FileSystem {
public:
    FaultyFileSystem(SaveStep fail_at, int error) : fail_at_(fail_at), error_(error) {}

    int create_unique(std::string& pattern, int& fd) override {
        if (auto e = fault(SaveStep::Open)) return *e;
        const int r = real().create_unique(pattern, fd);
        if (r == 0) temp_path = pattern;
        return r;
    }
    int write_all(int fd, const char* data, std::size_t size) override {
        if (auto e = fault(SaveStep::Write)) {
            real().write_all(fd, data, size / 2);  // a partial write, as a full disk leaves it
            return *e;
        }
        return real().write_all(fd, data, size);
    }
    int set_mode(int fd, mode_t mode) override { return real().set_mode(fd, mode); }
    int sync(int fd) override {
        if (auto e = fault(SaveStep::Fsync)) return *e;
        return real().sync(fd);
    }
    int close(int fd) override {
        if (auto e = fault(SaveStep::Close)) {
            real().close(fd);  // close(2) releases the descriptor even when it reports an error
            return *e;
        }
        return real().close(fd);
    }
    int rename(const std::string& from, const std::string& to) override {
        if (auto e = fault(SaveStep::Rename)) return *e;
        return real().rename(from, to);
    }
    int sync_folder(const std::string& folder) override {
        if (auto e = fault(SaveStep::SyncFolder)) return *e;
        return real().sync_folder(folder);
    }
    int remove(const std::string& path) override { return real().remove(path); }
    int existing_mode(const std::string& path) override { return real().existing_mode(path); }

    std::string temp_path;

private:
    static FileSystem& real() { return real_file_system(); }
    std::optional<int> fault(SaveStep step) const {
        if (step == fail_at_) return error_;
        return std::nullopt;
    }
    SaveStep fail_at_;
    int error_;
};

}  // namespace mandalart::testing
