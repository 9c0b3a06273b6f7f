#include "platform/linux/dbus_link.hpp"

#include <cstdlib>

#include <sys/stat.h>

namespace mandalart::platform {
namespace {

struct ErrorScope {
    DBusError e;
    ErrorScope() { dbus_error_init(&e); }
    ~ErrorScope() { dbus_error_free(&e); }
    // "NAME: message": callers tell a vanished service from a slow one by the name.
    std::string text() const {
        return std::string(e.name != nullptr ? e.name : "D-Bus error") + ": " + (e.message != nullptr ? e.message : "");
    }
};

// The session bus the desktop started, if any. libdbus would otherwise "autolaunch" one (and
// the bus could then start an input method): an editor looking for an input method starts nothing.
std::string session_bus_address() {
    if (const char* a = std::getenv("DBUS_SESSION_BUS_ADDRESS"); a != nullptr && *a != '\0') return a;
    if (const char* runtime = std::getenv("XDG_RUNTIME_DIR"); runtime != nullptr && *runtime != '\0') {
        const std::string socket = std::string(runtime) + "/bus";
        struct stat st {};
        if (stat(socket.c_str(), &st) == 0 && S_ISSOCK(st.st_mode)) return "unix:path=" + socket;
    }
    return {};
}

}  // namespace

std::unique_ptr<DbusLink> DbusLink::open(const std::string& given, std::string& error) {
    const std::string address = given.empty() ? session_bus_address() : given;
    if (address.empty()) {
        error = "no session bus (DBUS_SESSION_BUS_ADDRESS is not set)";
        return nullptr;
    }
    ErrorScope err;
    DBusConnection* c = dbus_connection_open_private(address.c_str(), &err.e);
    if (c == nullptr) {
        error = err.text();
        return nullptr;
    }
    dbus_connection_set_exit_on_disconnect(c, FALSE);
    if (!dbus_bus_register(c, &err.e)) {
        error = err.text();
        dbus_connection_close(c);
        dbus_connection_unref(c);
        return nullptr;
    }
    return std::unique_ptr<DbusLink>(new DbusLink(c));
}

DbusLink::DbusLink(DBusConnection* c) : connection_(c) {
    dbus_connection_add_filter(connection_, &DbusLink::filter, this, nullptr);
}

DbusLink::~DbusLink() {
    dbus_connection_remove_filter(connection_, &DbusLink::filter, this);
    dbus_connection_close(connection_);
    dbus_connection_unref(connection_);
}

DBusHandlerResult DbusLink::filter(DBusConnection*, DBusMessage* message, void* self) {
    auto* link = static_cast<DbusLink*>(self);
    if (dbus_message_get_type(message) == DBUS_MESSAGE_TYPE_SIGNAL && link->handler_) link->handler_(message);
    return DBUS_HANDLER_RESULT_NOT_YET_HANDLED;
}

void DbusLink::add_match(const std::string& rule) { dbus_bus_add_match(connection_, rule.c_str(), nullptr); }

Message DbusLink::call(DBusMessage* call, int timeout_ms, std::string& error) {
    ErrorScope err;
    DBusMessage* reply = dbus_connection_send_with_reply_and_block(connection_, call, timeout_ms, &err.e);
    if (reply == nullptr) error = err.text();
    dispatch(0);  // what the other side sent before answering comes first
    return Message(reply);
}

void DbusLink::send(DBusMessage* message) {
    dbus_connection_send(connection_, message, nullptr);
    dbus_connection_flush(connection_);
}

void DbusLink::dispatch(int timeout_ms) {
    if (!dbus_connection_get_is_connected(connection_)) return;
    if (dbus_connection_get_dispatch_status(connection_) != DBUS_DISPATCH_DATA_REMAINS)
        dbus_connection_read_write(connection_, timeout_ms);
    while (dbus_connection_dispatch(connection_) == DBUS_DISPATCH_DATA_REMAINS) {
    }
}

int DbusLink::fd() const {
    int fd = -1;
    return dbus_connection_get_unix_fd(connection_, &fd) ? fd : -1;
}

bool DbusLink::connected() const { return dbus_connection_get_is_connected(connection_); }

Message method_call(const std::string& destination, const std::string& path, const char* interface, const char* method) {
    Message m(dbus_message_new_method_call(destination.c_str(), path.c_str(), interface, method));
    dbus_message_set_auto_start(m.get(), FALSE);  // ask the one running; never have the bus start one
    return m;
}

}  // namespace mandalart::platform
