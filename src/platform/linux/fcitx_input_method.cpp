// Fcitx5 over D-Bus, on the session bus: org.fcitx.Fcitx.InputMethod1.CreateInputContext on
// /org/freedesktop/portal/inputmethod, then the context's ProcessKeyEvent, FocusIn/Out, Reset,
// SetCursorRect, and its signals CommitString, UpdateFormattedPreedit, ForwardKey and CurrentIM
// (the input method now active: hangul, or a keyboard layout's Latin letters).
#include <algorithm>
#include <string>

#include "platform/linux/dbus_input_method.hpp"

namespace mandalart::platform {
namespace {

constexpr const char* kService = "org.fcitx.Fcitx5";
constexpr DbusProtocol kProtocol{"Fcitx5", kService, "org.fcitx.Fcitx.InputContext1", "SetCursorRect", "DestroyIC"};
constexpr std::uint64_t kCapPreedit = 1ull << 1, kCapFormattedPreedit = 1ull << 4;

class FcitxInputMethod final : public DbusInputMethod {
public:
    FcitxInputMethod(std::unique_ptr<DbusLink> link, std::string context, ImeSink& sink)
        : DbusInputMethod(kProtocol, std::move(link), std::move(context), sink) {
        Message caps = new_call("SetCapability");
        const dbus_uint64_t flags = kCapPreedit | kCapFormattedPreedit;
        dbus_message_append_args(caps.get(), DBUS_TYPE_UINT64, &flags, DBUS_TYPE_INVALID);
        call(caps.get());
    }

    bool process_key(const ImeKey& key) override {
        Message m = new_call("ProcessKeyEvent");
        const std::uint32_t keyval = key.keysym, keycode = key.keycode, state = key.state, time = 0;
        const dbus_bool_t release = key.release;
        dbus_message_append_args(m.get(), DBUS_TYPE_UINT32, &keyval, DBUS_TYPE_UINT32, &keycode, DBUS_TYPE_UINT32, &state,
                                 DBUS_TYPE_BOOLEAN, &release, DBUS_TYPE_UINT32, &time, DBUS_TYPE_INVALID);
        return call_for_bool(m.get());
    }

private:
    void on_signal(DBusMessage* m) override {
        DBusMessageIter it;
        const bool has_args = dbus_message_iter_init(m, &it);
        if (is_signal(m, "CommitString") && has_args) {
            const char* text = nullptr;
            if (dbus_message_iter_get_arg_type(&it) == DBUS_TYPE_STRING) dbus_message_iter_get_basic(&it, &text);
            sink_.commit(text != nullptr ? text : "");
        } else if (is_signal(m, "UpdateFormattedPreedit") && has_args) {
            const std::string text = preedit_text(&it);
            dbus_message_iter_next(&it);
            dbus_int32_t caret = -1;
            if (dbus_message_iter_get_arg_type(&it) == DBUS_TYPE_INT32) dbus_message_iter_get_basic(&it, &caret);
            // Fcitx5 counts the caret in UTF-8 bytes (as fcitx5-qt reads it), IBus in characters.
            sink_.compose(text, static_cast<int>(caret < 0 ? text.size() : std::min(text.size(), static_cast<std::size_t>(caret))));
        } else if (is_signal(m, "CurrentIM") && has_args) {
            // (name, unique name, language): "keyboard-us" and the like type Latin letters;
            // hangul, and any other input method, its own script.
            dbus_message_iter_next(&it);
            const char* unique = nullptr;
            if (dbus_message_iter_get_arg_type(&it) == DBUS_TYPE_STRING) dbus_message_iter_get_basic(&it, &unique);
            if (unique != nullptr)
                sink_.mode(std::string(unique).rfind("keyboard-", 0) == 0 ? ui::InputMode::Latin : ui::InputMode::Native);
        } else if (is_signal(m, "ForwardKey") && has_args) {
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

    // a(si): the composition's pieces with their format flags (underline, highlight), joined.
    static std::string preedit_text(DBusMessageIter* array) {
        std::string text;
        DBusMessageIter pieces, piece;
        dbus_message_iter_recurse(array, &pieces);
        while (dbus_message_iter_get_arg_type(&pieces) == DBUS_TYPE_STRUCT) {
            dbus_message_iter_recurse(&pieces, &piece);
            const char* part = nullptr;
            if (dbus_message_iter_get_arg_type(&piece) == DBUS_TYPE_STRING) dbus_message_iter_get_basic(&piece, &part);
            if (part != nullptr) text += part;
            dbus_message_iter_next(&pieces);
        }
        return text;
    }
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
