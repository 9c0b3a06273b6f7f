// The command line's channel to the editor on Linux: a Unix socket in $XDG_RUNTIME_DIR, this user's only.
#include "storage/plan_channel.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>

#include "storage/app_paths.hpp"
#include "storage/content_hash.hpp"

namespace mandalart {
namespace {

constexpr std::size_t kMaxMessage = 32u << 20;  // a plan is at most 16 MiB; its JSON as a string, escaped

std::optional<sockaddr_un> address_of(const std::string& path) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.empty() || path.size() >= sizeof(address.sun_path)) return std::nullopt;
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    return address;
}

// Reads up to a line break (not kept); false on a timeout, an error or a message too long.
bool read_line(int fd, std::string& out, int timeout_ms) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    char buffer[65536];
    while (true) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0) return false;
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left)) <= 0) {
            if (errno == EINTR) continue;
            return false;
        }
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return false;
        out.append(buffer, static_cast<std::size_t>(got));
        if (const std::size_t end = out.find('\n'); end != std::string::npos) {
            out.resize(end);
            return true;
        }
        if (out.size() > kMaxMessage) return false;
    }
}

bool write_all(int fd, const std::string& text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::send(fd, text.data() + done, text.size() - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

bool same_user(int fd) {
    ucred peer{};
    socklen_t size = sizeof peer;
    return ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &peer, &size) == 0 && peer.uid == ::getuid();
}

}  // namespace

std::string channel_path(const std::string& plan_path) {
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    if (runtime == nullptr || *runtime == '\0') return {};
    return std::string(runtime) + "/mandalart/" + hash_hex(name_hash(absolute_path(plan_path))) + ".sock";
}

std::string ChannelServer::start(const std::string& plan_path, std::function<void()> wake) {
    stop();
    const std::string path = channel_path(plan_path);
    const auto address = address_of(path);
    if (!address) return "no channel for the command line: $XDG_RUNTIME_DIR is not set or too long";
    const std::string folder = path.substr(0, path.rfind('/'));
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST) return "cannot make " + folder + ": " + std::strerror(errno);
    struct stat st {};
    if (::lstat(folder.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::getuid() || (st.st_mode & 077) != 0)
        return folder + " is not this user's own folder; no channel for the command line";
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return std::string("cannot make a socket: ") + std::strerror(errno);
    ::unlink(path.c_str());  // a leftover from an editor that was killed (we hold the plan's lock)
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&*address), sizeof *address) != 0 || ::chmod(path.c_str(), 0600) != 0 ||
        ::listen(fd, 8) != 0 || ::pipe2(stop_pipe_, O_CLOEXEC) != 0) {
        const std::string error = "cannot listen on " + path + ": " + std::strerror(errno);
        ::close(fd);
        return error;
    }
    listen_fd_ = fd;
    plan_ = plan_path;
    socket_path_ = path;
    wake_ = std::move(wake);
    stopping_ = false;
    thread_ = std::thread([this] { run(); });
    return {};
}

void ChannelServer::stop() {
    if (listen_fd_ < 0) return;
    stopping_ = true;
    if (::write(stop_pipe_[1], "x", 1) < 0) {}  // the thread wakes up either way within its poll
    answered_.notify_all();
    if (thread_.joinable()) thread_.join();
    ::close(listen_fd_);
    ::close(stop_pipe_[0]);
    ::close(stop_pipe_[1]);
    ::unlink(socket_path_.c_str());
    listen_fd_ = -1;
    stop_pipe_[0] = stop_pipe_[1] = -1;
    plan_.clear();
    socket_path_.clear();
}

void ChannelServer::run() {
    while (!stopping_) {
        pollfd fds[2] = {{listen_fd_, POLLIN, 0}, {stop_pipe_[0], POLLIN, 0}};
        if (::poll(fds, 2, 1000) <= 0) continue;
        if (fds[1].revents != 0) break;
        const int connection = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
        if (connection < 0) continue;
        handle(connection);
        ::close(connection);
    }
}

void ChannelServer::handle(int connection) {
    if (!same_user(connection)) return;  // another user: not a word
    Pending pending;
    if (!read_line(connection, pending.request, 5000)) return;
    {
        std::lock_guard lock(mutex_);
        pending_.push_back(&pending);
    }
    if (wake_) wake_();
    std::unique_lock lock(mutex_);
    // The editor answers in its next frame; a modal question or a long save can hold it up.
    answered_.wait_for(lock, std::chrono::seconds(30), [&] { return pending.answer.has_value() || stopping_.load(); });
    std::erase(pending_, &pending);
    const std::string answer = pending.answer.value_or(R"({"ok":false,"error":"the editor did not answer"})");
    lock.unlock();
    write_all(connection, answer + "\n");
}

void ChannelServer::serve(const std::function<std::string(const std::string&)>& handler) {
    std::unique_lock lock(mutex_);
    for (Pending* pending : pending_) {
        if (pending->answer) continue;
        const std::string request = pending->request;
        lock.unlock();
        std::string answer = handler(request);
        lock.lock();
        pending->answer = std::move(answer);
    }
    lock.unlock();
    answered_.notify_all();
}

bool ChannelServer::waiting() const {
    std::lock_guard lock(mutex_);
    for (const Pending* pending : pending_)
        if (!pending->answer) return true;
    return false;
}

ChannelReply ask_channel(const std::string& plan_path, const std::string& request, int timeout_ms) {
    ChannelReply reply;
    const auto address = address_of(channel_path(plan_path));
    if (!address) return reply;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return reply;
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&*address), sizeof *address) == 0 && same_user(fd) &&
        write_all(fd, request + "\n"))
        reply.reached = read_line(fd, reply.answer, timeout_ms);
    ::close(fd);
    return reply;
}

}  // namespace mandalart
