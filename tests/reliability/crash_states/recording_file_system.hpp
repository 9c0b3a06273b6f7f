#pragma once
// A FileSystem that does every call for real and writes down what it did, in order, as the
// operations a crash model reasons about: a folder made, a file created, bytes written at an
// offset, a file or folder flushed, a rename, an unlink. Closing and modes are not recorded (a
// crash does not care). `acknowledge()` marks where the program told its user a write was done.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "storage/file_system.hpp"

namespace mandalart::testing {

enum class OpKind { MakeFolder, Create, Write, SyncFile, Rename, Unlink, SyncFolder, Acknowledged };

struct Op {
    OpKind kind;
    std::string path, to;  // to: a rename's target
    int file = -1;         // Create, Write, SyncFile: which file (numbered in order of creation)
    std::uint64_t offset = 0;
    std::string data;
};

class RecordingFileSystem final : public FileSystem {
public:
    int create_unique(std::string& pattern, int& fd) override {
        const int r = real().create_unique(pattern, fd);
        if (r == 0) {
            files_[fd] = {next_file_++, 0};
            ops.push_back({OpKind::Create, pattern, {}, files_[fd].number, 0, {}});
        }
        return r;
    }
    int write_all(int fd, const char* data, std::size_t size) override {
        const int r = real().write_all(fd, data, size);
        if (r == 0 && files_.count(fd)) {
            OpenFile& f = files_[fd];
            ops.push_back({OpKind::Write, {}, {}, f.number, f.size, std::string(data, size)});
            f.size += size;
        }
        return r;
    }
    int set_mode(int fd, mode_t mode) override { return real().set_mode(fd, mode); }
    int sync(int fd) override {
        const int r = real().sync(fd);
        if (r == 0 && files_.count(fd)) ops.push_back({OpKind::SyncFile, {}, {}, files_[fd].number, 0, {}});
        return r;
    }
    int close(int fd) override {
        files_.erase(fd);
        return real().close(fd);
    }
    int rename(const std::string& from, const std::string& to) override {
        const int r = real().rename(from, to);
        if (r == 0) ops.push_back({OpKind::Rename, from, to, -1, 0, {}});
        return r;
    }
    int sync_folder(const std::string& folder) override {
        const int r = real().sync_folder(folder);
        if (r == 0) ops.push_back({OpKind::SyncFolder, folder, {}, -1, 0, {}});
        return r;
    }
    int remove(const std::string& path) override {
        const int r = real().remove(path);
        if (r == 0) ops.push_back({OpKind::Unlink, path, {}, -1, 0, {}});
        return r;
    }
    int make_folder(const std::string& path) override {
        const int r = real().make_folder(path);
        if (r == 0) ops.push_back({OpKind::MakeFolder, path, {}, -1, 0, {}});
        return r;
    }
    int existing_mode(const std::string& path) override { return real().existing_mode(path); }

    void acknowledge() { ops.push_back({OpKind::Acknowledged, {}, {}, -1, 0, {}}); }

    std::vector<Op> ops;

private:
    struct OpenFile {
        int number;
        std::uint64_t size;
    };
    static FileSystem& real() { return real_file_system(); }
    std::map<int, OpenFile> files_;
    int next_file_ = 0;
};

}  // namespace mandalart::testing
