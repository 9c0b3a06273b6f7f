#include "platform/linux/wake_watcher.hpp"

#include <poll.h>
#include <unistd.h>

namespace mandalart::platform {

WakeWatcher::WakeWatcher(int fd, std::function<void()> wake) : fd_(fd), wake_(std::move(wake)) {
    if (pipe(stop_pipe_) != 0) stop_pipe_[0] = stop_pipe_[1] = -1;
    thread_ = std::thread([this] { run(); });
}

WakeWatcher::~WakeWatcher() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    armed_changed_.notify_all();
    if (stop_pipe_[1] >= 0) (void)!write(stop_pipe_[1], "x", 1);
    thread_.join();
    for (const int p : stop_pipe_)
        if (p >= 0) close(p);
}

void WakeWatcher::drained() {
    {
        std::lock_guard lock(mutex_);
        armed_ = true;
    }
    armed_changed_.notify_all();
}

void WakeWatcher::run() {
    for (;;) {
        {
            std::unique_lock lock(mutex_);
            armed_changed_.wait(lock, [this] { return armed_ || stopping_; });
            if (stopping_) return;
        }
        pollfd fds[2] = {{fd_, POLLIN, 0}, {stop_pipe_[0], POLLIN, 0}};
        if (poll(fds, 2, -1) < 0) continue;
        if (fds[1].revents != 0) return;
        if (fds[0].revents & (POLLHUP | POLLERR | POLLNVAL)) {
            wake_();  // the loop finds the input method gone and drops it
            return;
        }
        {
            std::lock_guard lock(mutex_);
            armed_ = false;
        }
        wake_();
    }
}

}  // namespace mandalart::platform
