// Fcitx5 over D-Bus, on the session bus: org.fcitx.Fcitx.InputMethod1.CreateInputContext on
// /org/freedesktop/portal/inputmethod, then the context's ProcessKeyEvent, FocusIn/Out, Reset,
// SetCursorRect, and its signals CommitString, UpdateFormattedPreedit and ForwardKey.
#include <string>

#include "platform/dbus_link.hpp"
#include "platform/input_method.hpp"

namespace mandalart::platform {
namespace {

constexpr const char* kService = "org.fcitx.Fcitx5";
constexpr const char* kContext = "org.fcitx.Fcitx.InputContext1";
constexpr int kKeyTimeoutMs = 500;
constexpr std::uint64_t kCapPreedit = 1ull << 1, kCapFormattedPreedit = 1ull << 4;

int byte_offset(const std::string& utf8, int chars) {
    std::size_t i = 0;
    for (int n = 0; n < chars && i < utf8.size(); ++n) {
        ++i;
        while (i < utf8.size() && (static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80) ++i;
    }
    return static_cast<int>(i);
}

class FcitxInputMethod final : public InputMethod {
public:
    FcitxInputMethod(std::unique_ptr<DbusLink> link, std::string context, ImeSink& sink)
        : link_(std::move(link)), context_(std::move(context)), sink_(sink) {
        link_->on_signal([this](DBusMessage* m) { on_signal(m); });
        link_->add_match("type='signal',interface='" + std::string(kContext) + "',path='" + context_ + "'");
        Message caps = method_call(kService, context_, kContext, "SetCapability");
        const dbus_uint64_t flags = kCapPreedit | kCapFormattedPreedit;
        dbus_message_append_args(caps.get(), DBUS_TYPE_UINT64, &flags, DBUS_TYPE_INVALID);
        std::string error;
        link_->call(caps.get(), kKeyTimeoutMs, error);
    }
    ~FcitxInputMethod() override {
        if (link_->connected()) simple("DestroyIC");
    }

    const char* name() const override { return "Fcitx5"; }

    bool process_key(const ImeKey& key) override {
        Message call = method_call(kService, context_, kContext, "ProcessKeyEvent");
        const std::uint32_t keyval = key.keysym, keycode = key.keycode, state = key.state, time = 0;
        const dbus_bool_t release = key.release;
        dbus_message_append_args(call.get(), DBUS_TYPE_UINT32, &keyval, DBUS_TYPE_UINT32, &keycode, DBUS_TYPE_UINT32, &state,
                                 DBUS_TYPE_BOOLEAN, &release, DBUS_TYPE_UINT32, &time, DBUS_TYPE_INVALID);
        std::string error;
        Message reply = link_->call(call.get(), kKeyTimeoutMs, error);
        dbus_bool_t handled = FALSE;
        if (reply) dbus_message_get_args(reply.get(), nullptr, DBUS_TYPE_BOOLEAN, &handled, DBUS_TYPE_INVALID);
        return handled;
    }
    void focus_in() override { simple("FocusIn"); }
    void focus_out() override { simple("FocusOut"); }
    void reset() override { simple("Reset"); }
    void set_cursor(int x, int y, int w, int h) override {
        Message call = method_call(kService, context_, kContext, "SetCursorRect");
        dbus_message_append_args(call.get(), DBUS_TYPE_INT32, &x, DBUS_TYPE_INT32, &y, DBUS_TYPE_INT32, &w, DBUS_TYPE_INT32, &h,
                                 DBUS_TYPE_INVALID);
        link_->send(call.get());
    }
    int wake_fd() const override { return link_->fd(); }
    void dispatch(int timeout_ms) override { link_->dispatch(timeout_ms); }
    bool alive() const override { return link_->connected(); }

private:
    void simple(const char* method) {
        Message call = method_call(kService, context_, kContext, method);
        std::string error;
        link_->call(call.get(), kKeyTimeoutMs, error);
    }
    void on_signal(DBusMessage* m) {
        DBusMessageIter it;
        const bool has_args = dbus_message_iter_init(m, &it);
        if (dbus_message_is_signal(m, kContext, "CommitString") && has_args) {
            const char* text = nullptr;
            if (dbus_message_iter_get_arg_type(&it) == DBUS_TYPE_STRING) dbus_message_iter_get_basic(&it, &text);
            sink_.commit(text != nullptr ? text : "");
        } else if (dbus_message_is_signal(m, kContext, "UpdateFormattedPreedit") && has_args) {
            // a(si): pieces of text with their format flags, then the caret in characters.
            std::string text;
            DBusMessageIter pieces, piece;
            dbus_message_iter_recurse(&it, &pieces);
            while (dbus_message_iter_get_arg_type(&pieces) == DBUS_TYPE_STRUCT) {
                dbus_message_iter_recurse(&pieces, &piece);
                const char* part = nullptr;
                if (dbus_message_iter_get_arg_type(&piece) == DBUS_TYPE_STRING) dbus_message_iter_get_basic(&piece, &part);
                if (part != nullptr) text += part;
                dbus_message_iter_next(&pieces);
            }
            dbus_message_iter_next(&it);
            dbus_int32_t caret = -1;
            if (dbus_message_iter_get_arg_type(&it) == DBUS_TYPE_INT32) dbus_message_iter_get_basic(&it, &caret);
            sink_.compose(text, caret < 0 ? static_cast<int>(text.size()) : byte_offset(text, caret));
        } else if (dbus_message_is_signal(m, kContext, "ForwardKey") && has_args) {
            ImeKey key;
            dbus_bool_t release = FALSE;
            dbus_message_iter_get_basic(&it, &key.keysym);
            dbus_message_iter_next(&it);
            dbus_message_iter_get_basic(&it, &key.state);
            dbus_message_iter_next(&it);
            if (dbus_message_iter_get_arg_type(&it) == DBUS_TYPE_BOOLEAN) dbus_message_iter_get_basic(&it, &release);
            key.release = release;
            sink_.forward(key);
        }
    }

    std::unique_ptr<DbusLink> link_;
    std::string context_;
    ImeSink& sink_;
};

}  // namespace

std::unique_ptr<InputMethod> connect_fcitx5(ImeSink& sink, std::string& why) {
    std::string error;
    auto link = DbusLink::open("", error);
    if (!link) {
        why = "no session bus for Fcitx5: " + error;
        return nullptr;
    }
    Message create = method_call(kService, "/org/freedesktop/portal/inputmethod", "org.fcitx.Fcitx.InputMethod1",
                                 "CreateInputContext");
    DBusMessageIter args, array, entry;
    dbus_message_iter_init_append(create.get(), &args);
    dbus_message_iter_open_container(&args, DBUS_TYPE_ARRAY, "(ss)", &array);
    dbus_message_iter_open_container(&array, DBUS_TYPE_STRUCT, nullptr, &entry);
    const char* key = "program";
    const char* value = "mandalart";
    dbus_message_iter_append_basic(&entry, DBUS_TYPE_STRING, &key);
    dbus_message_iter_append_basic(&entry, DBUS_TYPE_STRING, &value);
    dbus_message_iter_close_container(&array, &entry);
    dbus_message_iter_close_container(&args, &array);
    Message reply = link->call(create.get(), 2000, error);
    DBusMessageIter it;
    const char* path = nullptr;
    if (!reply || !dbus_message_iter_init(reply.get(), &it) || dbus_message_iter_get_arg_type(&it) != DBUS_TYPE_OBJECT_PATH) {
        why = "Fcitx5 is not running on the session bus (" + error + ")";
        return nullptr;
    }
    dbus_message_iter_get_basic(&it, &path);
    return std::make_unique<FcitxInputMethod>(std::move(link), path, sink);
}

}  // namespace mandalart::platform
