#pragma once
// One private D-Bus connection, owned by the UI thread, over libdbus-1. Method calls block (with
// a time limit); signals that arrived before a call's answer are delivered, in order, before the
// call returns, so that an input method's commit always comes before the key it answers for.
#include <functional>
#include <memory>
#include <string>

#include <dbus/dbus.h>

namespace mandalart::platform {

struct MessageFree {
    void operator()(DBusMessage* m) const { dbus_message_unref(m); }
};
using Message = std::unique_ptr<DBusMessage, MessageFree>;

class DbusLink {
public:
    using SignalHandler = std::function<void(DBusMessage*)>;
    // `address` empty: the session bus the desktop started (never an autolaunched one).
    // nullptr (and `error`) when it cannot be reached.
    static std::unique_ptr<DbusLink> open(const std::string& address, std::string& error);
    ~DbusLink();
    DbusLink(const DbusLink&) = delete;
    DbusLink& operator=(const DbusLink&) = delete;

    // Signals (those matching `add_match`) go to `handler`.
    void on_signal(SignalHandler handler) { handler_ = std::move(handler); }
    void add_match(const std::string& rule);
    // Sends a method call and waits up to `timeout_ms` for its answer; nullptr (and `error`,
    // "D-Bus error name: message") when it failed or timed out. Signals received meanwhile are delivered first.
    Message call(DBusMessage* call, int timeout_ms, std::string& error);
    // Sends without waiting for an answer.
    void send(DBusMessage* message);
    // Delivers waiting signals; waits up to `timeout_ms` for data first (0: does not wait).
    void dispatch(int timeout_ms);
    int fd() const;
    bool connected() const;

private:
    explicit DbusLink(DBusConnection* c);
    static DBusHandlerResult filter(DBusConnection*, DBusMessage* message, void* self);
    DBusConnection* connection_;
    SignalHandler handler_;
};

// A method call to `destination` `path` `interface`.`method`.
Message method_call(const std::string& destination, const std::string& path, const char* interface, const char* method);

}  // namespace mandalart::platform
