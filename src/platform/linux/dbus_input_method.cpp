#include "platform/linux/dbus_input_method.hpp"

#include <cstdlib>

namespace mandalart::platform {
namespace {

// An answer takes about a millisecond on an idle machine and at most about 13 ms measured with
// both cores busy (docs/ARCHITECTURE.md, "Input methods": through ibus-hangul and fcitx5-hangul).
// A slow answer is waited for: the keys typed meanwhile wait, in order, in the window system's
// queue, and reach the input method after it. Only an input method that has not answered for
// this long has stopped: its key acts as a plain key, and keys go past it for the quiet while
// that follows (a hung daemon must not freeze every key), after which it is asked again.
constexpr int kAnswerTimeoutMs = 3000;
constexpr std::chrono::seconds kQuietAfterTimeout{5};

}  // namespace

DbusInputMethod::DbusInputMethod(const DbusProtocol& protocol, std::unique_ptr<DbusLink> link, std::string context,
                                 ImeSink& sink)
    : sink_(sink), protocol_(protocol), link_(std::move(link)), context_(std::move(context)),
      measured_(std::getenv("MANDALART_DEBUG_IME") != nullptr) {
    link_->on_signal([this](DBusMessage* m) {
        if (left_the_bus(m)) gone_ = true;
        else on_signal(m);
    });
    link_->add_match("type='signal',interface='" + std::string(protocol_.interface) + "',path='" + context_ + "'");
    // Its name changing owner: it quit or was replaced while the editor was idle (Fcitx5 lives on
    // the session bus, which stays), so the composition is committed at once, not at the next key.
    link_->add_match(std::string("type='signal',sender='") + DBUS_SERVICE_DBUS + "',interface='" + DBUS_INTERFACE_DBUS +
                     "',member='NameOwnerChanged',arg0='" + protocol_.service + "'");
}

bool DbusInputMethod::left_the_bus(DBusMessage* message) const {
    if (!dbus_message_is_signal(message, DBUS_INTERFACE_DBUS, "NameOwnerChanged")) return false;
    const char *name = nullptr, *old_owner = nullptr, *new_owner = nullptr;
    if (!dbus_message_get_args(message, nullptr, DBUS_TYPE_STRING, &name, DBUS_TYPE_STRING, &old_owner, DBUS_TYPE_STRING,
                               &new_owner, DBUS_TYPE_INVALID))
        return false;
    // Quit (no new owner) or replaced (another one): the input context was the old owner's.
    return std::string(name) == protocol_.service && *old_owner != '\0';
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

Message DbusInputMethod::answer(DBusMessage* message) {
    const auto now = std::chrono::steady_clock::now();
    if (now < quiet_until_) return nullptr;  // not answering lately: the key acts as a plain key
    std::string error;
    Message reply = link_->call(message, kAnswerTimeoutMs, error);
    if (reply && measured_) times_.answered(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - now).count());
    if (!reply && error.rfind(DBUS_ERROR_NO_REPLY, 0) == 0) {
        times_.unanswered();
        quiet_until_ = std::chrono::steady_clock::now() + kQuietAfterTimeout;  // from when it was given up on
    }
    // No owner for its name, or no input context any more: it quit or was replaced. (No answer in
    // time is only slowness: the key then acts as a plain key and the next one asks again.)
    for (const char* vanished : {DBUS_ERROR_SERVICE_UNKNOWN, DBUS_ERROR_NAME_HAS_NO_OWNER, DBUS_ERROR_UNKNOWN_OBJECT,
                                 DBUS_ERROR_UNKNOWN_METHOD})
        if (!reply && error.rfind(vanished, 0) == 0) gone_ = true;
    return reply;
}

bool DbusInputMethod::call_for_bool(DBusMessage* message) {
    Message reply = answer(message);
    dbus_bool_t taken = FALSE;
    if (reply) dbus_message_get_args(reply.get(), nullptr, DBUS_TYPE_BOOLEAN, &taken, DBUS_TYPE_INVALID);
    return taken;
}

void DbusInputMethod::call(DBusMessage* message) { answer(message); }

void DbusInputMethod::call(const char* method) { call(new_call(method).get()); }

bool DbusInputMethod::is_signal(DBusMessage* message, const char* name) const {
    return dbus_message_is_signal(message, protocol_.interface, name);
}

}  // namespace mandalart::platform
