#pragma once
// Wakes the idle event loop when a descriptor has data (the input method's socket: its messages
// are not X events, so glfwWaitEvents would sleep through them). A second thread polls the
// descriptor and calls `wake` (glfwPostEmptyEvent); it polls again only after the loop said it
// has read what was there (`drained`), so it never spins while the loop is busy.
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace mandalart::platform {

class WakeWatcher {
public:
    WakeWatcher(int fd, std::function<void()> wake);
    ~WakeWatcher();
    WakeWatcher(const WakeWatcher&) = delete;
    WakeWatcher& operator=(const WakeWatcher&) = delete;
    // The loop has read what the descriptor held: watch again.
    void drained();

private:
    void run();
    int fd_;
    int stop_pipe_[2] = {-1, -1};
    std::function<void()> wake_;
    std::mutex mutex_;
    std::condition_variable armed_changed_;
    bool armed_ = true;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace mandalart::platform
