#include "platform/dbus_input_method.hpp"

namespace mandalart::platform {
namespace {

constexpr int kAnswerTimeoutMs = 500;  // an answer takes ~1 ms; a hung daemon must not freeze typing

}  // namespace

DbusInputMethod::DbusInputMethod(const DbusProtocol& protocol, std::unique_ptr<DbusLink> link, std::string context,
                                 ImeSink& sink)
    : sink_(sink), protocol_(protocol), link_(std::move(link)), context_(std::move(context)) {
    link_->on_signal([this](DBusMessage* m) { on_signal(m); });
    link_->add_match("type='signal',interface='" + std::string(protocol_.interface) + "',path='" + context_ + "'");
}

DbusInputMethod::~DbusInputMethod() {
    link_->on_signal(nullptr);  // the protocol's part is already gone
    if (link_->connected()) call(protocol_.destroy_method);
}

void DbusInputMethod::set_cursor(int x, int y, int w, int h) {
    Message m = new_call(protocol_.cursor_method);
    dbus_message_append_args(m.get(), DBUS_TYPE_INT32, &x, DBUS_TYPE_INT32, &y, DBUS_TYPE_INT32, &w, DBUS_TYPE_INT32, &h,
                             DBUS_TYPE_INVALID);
    link_->send(m.get());
}

Message DbusInputMethod::new_call(const char* method) const {
    return method_call(protocol_.service, context_, protocol_.interface, method);
}

bool DbusInputMethod::call_for_bool(DBusMessage* message) {
    std::string error;
    Message reply = link_->call(message, kAnswerTimeoutMs, error);
    dbus_bool_t answer = FALSE;
    if (reply) dbus_message_get_args(reply.get(), nullptr, DBUS_TYPE_BOOLEAN, &answer, DBUS_TYPE_INVALID);
    return answer;
}

void DbusInputMethod::call(DBusMessage* message) {
    std::string error;
    link_->call(message, kAnswerTimeoutMs, error);
}

void DbusInputMethod::call(const char* method) { call(new_call(method).get()); }

bool DbusInputMethod::is_signal(DBusMessage* message, const char* name) const {
    return dbus_message_is_signal(message, protocol_.interface, name);
}

}  // namespace mandalart::platform
