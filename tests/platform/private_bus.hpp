#pragma once
// A private D-Bus daemon for one test, and the stand-in input method (stand_in_input_method.py)
// on it: both started by the fixture and ended with it, whatever the test does.
#include <catch2/catch.hpp>

#include <chrono>
#include <memory>
#include <cstdio>
#include <string>
#include <thread>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include "platform/linux/dbus_link.hpp"

extern char** environ;

namespace mandalart::testing {

class PrivateBus {
public:
    PrivateBus() {
        // --print-address and --print-pid on standard output, one line each, once it listens.
        FILE* out = popen("dbus-daemon --session --fork --print-address=1 --print-pid=1", "r");
        REQUIRE(out != nullptr);
        char line[512] = {};
        if (std::fgets(line, sizeof line, out) != nullptr) address = trimmed(line);
        if (std::fgets(line, sizeof line, out) != nullptr) pid_ = std::stoi(trimmed(line));
        pclose(out);
        REQUIRE(!address.empty());
        REQUIRE(pid_ > 0);
    }
    ~PrivateBus() {
        if (pid_ > 0) kill(pid_, SIGTERM);
    }
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;

    // Whether `name` has an owner on the bus now (asked over one connection, kept for the polls).
    bool has_owner(const std::string& name) const {
        std::string error;
        if (!link_) link_ = platform::DbusLink::open(address, error);
        if (!link_) return false;
        platform::Message call = platform::method_call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner");
        const char* n = name.c_str();
        dbus_message_append_args(call.get(), DBUS_TYPE_STRING, &n, DBUS_TYPE_INVALID);
        platform::Message reply = link_->call(call.get(), 2000, error);
        dbus_bool_t owned = FALSE;
        if (reply) dbus_message_get_args(reply.get(), nullptr, DBUS_TYPE_BOOLEAN, &owned, DBUS_TYPE_INVALID);
        return owned;
    }

    std::string address;

private:
    static std::string trimmed(std::string s) {
        while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
        return s;
    }
    int pid_ = -1;
    mutable std::unique_ptr<platform::DbusLink> link_;
};

// Polls until `done` holds, up to 10 s (the machine may be busy); false if it never did.
template <typename Predicate>
bool eventually(Predicate done) {
    for (int i = 0; i < 1000; ++i) {
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return done();
}

// The stand-in input method ("fcitx5" or "ibus") on `bus`, with its name owned when this returns.
class StandIn {
public:
    StandIn(const PrivateBus& bus, const std::string& protocol) : bus_(bus), name_(protocol == "fcitx5" ? "org.fcitx.Fcitx5" : "org.freedesktop.IBus") {
        const std::string script = std::string(MANDALART_SOURCE_DIR) + "/tests/platform/stand_in_input_method.py";
        const char* argv[] = {"/usr/bin/python3", script.c_str(), protocol.c_str(), bus.address.c_str(), nullptr};
        REQUIRE(posix_spawn(&pid_, argv[0], nullptr, nullptr, const_cast<char**>(argv), environ) == 0);
        INFO("the stand-in input method did not take its name " << name_);
        REQUIRE(eventually([&] { return bus_.has_owner(name_); }));
    }
    ~StandIn() {
        kill(pid_, SIGTERM);
        waitpid(pid_, nullptr, 0);
    }
    StandIn(const StandIn&) = delete;
    StandIn& operator=(const StandIn&) = delete;

    // ProcessKeyEvent calls it has received.
    unsigned keys() const {
        std::string error;
        auto link = platform::DbusLink::open(bus_.address, error);
        REQUIRE(link);
        platform::Message call = platform::method_call(name_, "/test", "org.mandalart.StandIn", "Keys");
        platform::Message reply = link->call(call.get(), 5000, error);
        INFO(error);
        REQUIRE(reply);
        dbus_uint32_t n = 0;
        dbus_message_get_args(reply.get(), nullptr, DBUS_TYPE_UINT32, &n, DBUS_TYPE_INVALID);
        return n;
    }
    // From now on, answers each key after a random delay up to `max_ms` (the random sequence
    // given by `seed`), as an input method on a loaded machine does.
    void slow(unsigned max_ms, unsigned seed) {
        std::string error;
        auto link = platform::DbusLink::open(bus_.address, error);
        REQUIRE(link);
        platform::Message call = platform::method_call(name_, "/test", "org.mandalart.StandIn", "Slow");
        dbus_message_append_args(call.get(), DBUS_TYPE_UINT32, &max_ms, DBUS_TYPE_UINT32, &seed, DBUS_TYPE_INVALID);
        INFO(error);
        REQUIRE(link->call(call.get(), 5000, error));
    }
    // Gives up its name and exits, as an input method that quits.
    void vanish() {
        std::string error;
        auto link = platform::DbusLink::open(bus_.address, error);
        REQUIRE(link);
        platform::Message call = platform::method_call(name_, "/test", "org.mandalart.StandIn", "Vanish");
        link->call(call.get(), 5000, error);
        REQUIRE(eventually([&] { return !bus_.has_owner(name_); }));
    }

private:
    const PrivateBus& bus_;
    std::string name_;
    pid_t pid_ = -1;
};

}  // namespace mandalart::testing
