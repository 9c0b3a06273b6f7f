#pragma once
// The local channel beside a plan's lock: while the editor has a plan open, a command line's
// change to it travels here instead of being refused by the lock. A Unix socket in
// $XDG_RUNTIME_DIR/mandalart (0700), one per plan (named by a hash of its absolute path),
// reachable only by the same user: the peer's uid is checked on every connection, and it is
// never a network port. One request per connection: a line of text, answered with a line.
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace mandalart {

// Where the channel for `plan_path` lives; empty when there is no $XDG_RUNTIME_DIR.
std::string channel_path(const std::string& plan_path);

// The editor's end. Connections are accepted on a thread of their own; each request waits until
// serve() answers it on the caller's thread (the editor's frame), so the plan is only ever
// touched there. `wake` is called (from the channel's thread) when a request arrives.
class ChannelServer {
public:
    ChannelServer() = default;
    ~ChannelServer() { stop(); }
    ChannelServer(const ChannelServer&) = delete;
    ChannelServer& operator=(const ChannelServer&) = delete;

    // Listens for `plan_path` (stopping any earlier one); returns why it cannot, or empty.
    std::string start(const std::string& plan_path, std::function<void()> wake);
    void stop();
    const std::string& plan() const { return plan_; }
    bool listening() const { return listen_fd_ >= 0; }
    // Answers every request waiting with handler(request).
    void serve(const std::function<std::string(const std::string&)>& handler);
    bool waiting() const;

private:
    struct Pending {
        std::string request;
        std::optional<std::string> answer;
    };
    void run();
    void handle(int connection);

    std::string plan_, socket_path_;
    int listen_fd_ = -1;
    int stop_pipe_[2] = {-1, -1};
    std::function<void()> wake_;
    std::thread thread_;
    mutable std::mutex mutex_;
    std::condition_variable answered_;
    std::deque<Pending*> pending_;
    std::atomic<bool> stopping_{false};
};

struct ChannelReply {
    bool reached = false;  // an editor listened and answered
    std::string answer;
};

// The command line's end: sends one request to the editor that has `plan_path` open and waits
// up to `timeout_ms` for its answer. Not reached when nothing listens (no editor, an older one).
ChannelReply ask_channel(const std::string& plan_path, const std::string& request, int timeout_ms);

}  // namespace mandalart
