#pragma once
// A FileSystem that behaves like the real one until a chosen save step, which then either fails
// with a chosen errno, or "crashes": the step is done and a SimulatedCrash is thrown, leaving
// everything on disk as a process killed right there would (nothing is cleaned up).
// With `only_under`, only files in that folder are affected (the plan, not its backups).
#include <optional>
#include <set>

#include "storage/file_system.hpp"

namespace mandalart::testing {

struct SimulatedCrash {
    SaveStep after;
};

class FaultyFileSystem final : public FileSystem {
public:
    enum class Mode { Fail, Crash };

    FaultyFileSystem(SaveStep step, int error, std::string only_under = {})
        : step_(step), error_(error), mode_(Mode::Fail), only_under_(std::move(only_under)) {}
    FaultyFileSystem(SaveStep step, Mode mode, std::string only_under = {})
        : step_(step), error_(0), mode_(mode), only_under_(std::move(only_under)) {}

    int create_unique(std::string& pattern, int& fd) override {
        const bool mine = affects(pattern);
        if (mine && failing(SaveStep::Open)) return error_;
        const int r = real().create_unique(pattern, fd);
        if (r == 0 && mine) {
            temp_path = pattern;
            affected_fds_.insert(fd);
        }
        if (mine) crash_after(SaveStep::Open);
        return r;
    }
    int write_all(int fd, const char* data, std::size_t size) override {
        if (!affected_fds_.count(fd)) return real().write_all(fd, data, size);
        if (step_ == SaveStep::Write) {
            real().write_all(fd, data, size / 2);  // a partial write, as a full disk or a kill leaves it
            if (failing(SaveStep::Write)) return error_;
            die(SaveStep::Write);
        }
        return real().write_all(fd, data, size);
    }
    int set_mode(int fd, mode_t mode) override { return real().set_mode(fd, mode); }
    int sync(int fd) override {
        if (!affected_fds_.count(fd)) return real().sync(fd);
        ++syncs;
        if (failing(SaveStep::Fsync)) return error_;
        const int r = real().sync(fd);
        crash_after(SaveStep::Fsync);
        return r;
    }
    int close(int fd) override {
        if (!affected_fds_.count(fd)) return real().close(fd);
        affected_fds_.erase(fd);
        const int r = real().close(fd);  // close(2) releases the descriptor even when it reports an error
        if (failing(SaveStep::Close)) return error_;
        crash_after(SaveStep::Close);
        return r;
    }
    int rename(const std::string& from, const std::string& to) override {
        if (!affects(to)) return real().rename(from, to);
        if (failing(SaveStep::Rename)) return error_;
        ++renames;
        const int r = real().rename(from, to);
        crash_after(SaveStep::Rename);
        return r;
    }
    int sync_folder(const std::string& folder) override {
        if (!affects(folder + "/")) return real().sync_folder(folder);
        if (failing(SaveStep::SyncFolder)) return error_;
        const int r = real().sync_folder(folder);
        crash_after(SaveStep::SyncFolder);
        return r;
    }
    int remove(const std::string& path) override { return real().remove(path); }
    int make_folder(const std::string& path) override { return real().make_folder(path); }
    int existing_mode(const std::string& path) override { return real().existing_mode(path); }

    std::string temp_path;  // the last temporary file created in the affected folder
    bool hit = false;       // the chosen step was reached and failed
    int syncs = 0;          // fsync calls on affected files
    int renames = 0;        // renames into the affected folder that went through

private:
    static FileSystem& real() { return real_file_system(); }
    // Either separator: the program joins with '/', Windows's own paths use '\\'.
    bool affects(const std::string& path) const {
        return only_under_.empty() || path.rfind(only_under_ + "/", 0) == 0 || path.rfind(only_under_ + "\\", 0) == 0;
    }
    bool failing(SaveStep step) {
        const bool fails = mode_ == Mode::Fail && step == step_;
        hit = hit || fails;
        return fails;
    }
    void crash_after(SaveStep step) {
        if (mode_ == Mode::Crash && step == step_) die(step);
    }
    // A process that dies has its files closed by the system (on Windows an open file cannot be
    // removed, so a stand-in that kept them open would test something no crash leaves).
    [[noreturn]] void die(SaveStep step) {
        for (const int fd : affected_fds_) real().close(fd);
        affected_fds_.clear();
        throw SimulatedCrash{step};
    }

    SaveStep step_;
    int error_;
    Mode mode_;
    std::string only_under_;
    std::set<int> affected_fds_;
};

}  // namespace mandalart::testing
