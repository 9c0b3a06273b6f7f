// IBus over D-Bus. IBus listens on its own bus, whose address is in IBUS_ADDRESS or in the file
// ~/.config/ibus/bus/MACHINE-ID-HOST-DISPLAY (the daemon writes it at start). The protocol is
// org.freedesktop.IBus.CreateInputContext, then the context's ProcessKeyEvent, FocusIn/Out,
// Reset, SetCursorLocation, and its signals CommitText, UpdatePreeditText, HidePreeditText,
// ForwardKeyEvent (ibus-hangul hands Enter and arrows back that way, after committing), and
// RegisterProperties / UpdateProperty (ibus-hangul's input mode).
#include <cstdlib>
#include <fstream>
#include <string>

#include <signal.h>

#include "core/text.hpp"
#include "platform/linux/dbus_input_method.hpp"

namespace mandalart::platform {
namespace {

constexpr const char* kService = "org.freedesktop.IBus";
constexpr DbusProtocol kProtocol{"IBus", kService, "org.freedesktop.IBus.InputContext", "SetCursorLocation", "Destroy"};
constexpr std::uint32_t kReleaseMask = 1u << 30;
// With the property capability, the engine's properties (its input mode) come to the input
// context, which shows them by the caret, instead of to the desktop's panel.
constexpr std::uint32_t kCapPreedit = 1u << 0, kCapFocus = 1u << 3, kCapProperty = 1u << 4;
constexpr std::uint32_t kPropChecked = 1;

std::string read_machine_id() {
    for (const char* path : {"/etc/machine-id", "/var/lib/dbus/machine-id"}) {
        std::ifstream in(path);
        std::string id;
        if (in >> id && !id.empty()) return id;
    }
    return {};
}

// The file the daemon writes its address to, for this X display (ibus_get_socket_path()).
std::string address_file() {
    const char* display = std::getenv("DISPLAY");
    std::string d = display != nullptr ? display : ":0";
    const std::size_t colon = d.rfind(':');
    std::string host = colon == std::string::npos ? "" : d.substr(0, colon);
    std::string number = colon == std::string::npos ? d : d.substr(colon + 1);
    if (const std::size_t dot = number.find('.'); dot != std::string::npos) number.resize(dot);
    if (host.empty()) host = "unix";
    std::string folder;
    if (const char* c = std::getenv("XDG_CONFIG_HOME"); c != nullptr && *c != '\0') folder = c;
    else if (const char* h = std::getenv("HOME")) folder = std::string(h) + "/.config";
    return folder + "/ibus/bus/" + read_machine_id() + "-" + host + "-" + number;
}

std::string find_address(std::string& why) {
    if (const char* a = std::getenv("IBUS_ADDRESS"); a != nullptr && *a != '\0') return a;
    const std::string file = address_file();
    std::ifstream in(file);
    if (!in) {
        why = "no IBus address file " + file;
        return {};
    }
    std::string line, address;
    long pid = 0;
    while (std::getline(in, line)) {
        if (line.rfind("IBUS_ADDRESS=", 0) == 0) address = line.substr(13);
        if (line.rfind("IBUS_DAEMON_PID=", 0) == 0) pid = std::atol(line.c_str() + 16);
    }
    if (address.empty() || pid <= 0 || kill(static_cast<pid_t>(pid), 0) != 0) {
        why = "the IBus daemon named in " + file + " is not running";
        return {};
    }
    return address;
}

// IBusText: a variant holding (s name, a{sv} attachments, s text, v attributes).
std::string ibus_text(DBusMessageIter* variant) {
    if (dbus_message_iter_get_arg_type(variant) != DBUS_TYPE_VARIANT) return {};
    DBusMessageIter inner, fields;
    dbus_message_iter_recurse(variant, &inner);
    if (dbus_message_iter_get_arg_type(&inner) != DBUS_TYPE_STRUCT) return {};
    dbus_message_iter_recurse(&inner, &fields);
    for (int i = 0; i < 2; ++i) dbus_message_iter_next(&fields);  // name, attachments
    if (dbus_message_iter_get_arg_type(&fields) != DBUS_TYPE_STRING) return {};
    const char* text = nullptr;
    dbus_message_iter_get_basic(&fields, &text);
    return text != nullptr ? text : "";
}

std::uint32_t next_u32(DBusMessageIter* it) {
    std::uint32_t v = 0;
    if (dbus_message_iter_get_arg_type(it) == DBUS_TYPE_UINT32) dbus_message_iter_get_basic(it, &v);
    dbus_message_iter_next(it);
    return v;
}

// An IBusProperty (a variant holding: s name, a{sv} attachments, s key, u type, v label, s icon,
// v tooltip, b sensitive, b visible, u state, ...): ibus-hangul's "InputMode" is checked in Hangul
// mode (its symbol 한) and unchecked in Latin mode (EN). Unknown for any other property.
ui::InputMode input_mode_of(DBusMessageIter* variant) {
    if (dbus_message_iter_get_arg_type(variant) != DBUS_TYPE_VARIANT) return ui::InputMode::Unknown;
    DBusMessageIter inner, fields;
    dbus_message_iter_recurse(variant, &inner);
    if (dbus_message_iter_get_arg_type(&inner) != DBUS_TYPE_STRUCT) return ui::InputMode::Unknown;
    dbus_message_iter_recurse(&inner, &fields);
    for (int i = 0; i < 2; ++i) dbus_message_iter_next(&fields);  // name, attachments
    const char* key = nullptr;
    if (dbus_message_iter_get_arg_type(&fields) == DBUS_TYPE_STRING) dbus_message_iter_get_basic(&fields, &key);
    if (key == nullptr || std::string(key) != "InputMode") return ui::InputMode::Unknown;
    for (int i = 0; i < 7; ++i) dbus_message_iter_next(&fields);  // key, type, label, icon, tooltip, sensitive, visible
    if (dbus_message_iter_get_arg_type(&fields) != DBUS_TYPE_UINT32) return ui::InputMode::Unknown;
    dbus_uint32_t state = 0;
    dbus_message_iter_get_basic(&fields, &state);
    return state == kPropChecked ? ui::InputMode::Native : ui::InputMode::Latin;
}

// An IBusPropList (a variant holding: s name, a{sv} attachments, av properties): the mode its
// "InputMode" property gives, if it has one.
ui::InputMode input_mode_in_list(DBusMessageIter* variant) {
    if (dbus_message_iter_get_arg_type(variant) != DBUS_TYPE_VARIANT) return ui::InputMode::Unknown;
    DBusMessageIter inner, fields, props;
    dbus_message_iter_recurse(variant, &inner);
    if (dbus_message_iter_get_arg_type(&inner) != DBUS_TYPE_STRUCT) return ui::InputMode::Unknown;
    dbus_message_iter_recurse(&inner, &fields);
    for (int i = 0; i < 2; ++i) dbus_message_iter_next(&fields);  // name, attachments
    if (dbus_message_iter_get_arg_type(&fields) != DBUS_TYPE_ARRAY) return ui::InputMode::Unknown;
    dbus_message_iter_recurse(&fields, &props);
    for (; dbus_message_iter_get_arg_type(&props) == DBUS_TYPE_VARIANT; dbus_message_iter_next(&props))
        if (const ui::InputMode mode = input_mode_of(&props); mode != ui::InputMode::Unknown) return mode;
    return ui::InputMode::Unknown;
}

class IbusInputMethod final : public DbusInputMethod {
public:
    IbusInputMethod(std::unique_ptr<DbusLink> link, std::string context, ImeSink& sink)
        : DbusInputMethod(kProtocol, std::move(link), std::move(context), sink) {
        Message caps = new_call("SetCapabilities");
        const std::uint32_t flags = kCapPreedit | kCapProperty | kCapFocus;
        dbus_message_append_args(caps.get(), DBUS_TYPE_UINT32, &flags, DBUS_TYPE_INVALID);
        call(caps.get());
    }

    bool process_key(const ImeKey& key) override {
        Message m = new_call("ProcessKeyEvent");
        const std::uint32_t keyval = key.keysym, keycode = key.keycode >= 8 ? key.keycode - 8 : 0;
        const std::uint32_t state = key.state | (key.release ? kReleaseMask : 0);
        dbus_message_append_args(m.get(), DBUS_TYPE_UINT32, &keyval, DBUS_TYPE_UINT32, &keycode, DBUS_TYPE_UINT32, &state,
                                 DBUS_TYPE_INVALID);
        return call_for_bool(m.get());
    }

private:
    void on_signal(DBusMessage* m) override {
        DBusMessageIter it;
        const bool has_args = dbus_message_iter_init(m, &it);
        if (is_signal(m, "CommitText") && has_args) {
            preedit_.clear();
            sink_.commit(ibus_text(&it));
        } else if (is_signal(m, "UpdatePreeditText") && has_args) {
            preedit_ = ibus_text(&it);
            dbus_message_iter_next(&it);
            preedit_caret_ = static_cast<int>(utf8_offset(preedit_, next_u32(&it)));
            dbus_bool_t visible = TRUE;
            if (dbus_message_iter_get_arg_type(&it) == DBUS_TYPE_BOOLEAN) dbus_message_iter_get_basic(&it, &visible);
            sink_.compose(visible ? preedit_ : std::string(), preedit_caret_);
        } else if (is_signal(m, "HidePreeditText")) {
            sink_.compose({}, 0);
        } else if (is_signal(m, "ShowPreeditText")) {
            sink_.compose(preedit_, preedit_caret_);
        } else if (is_signal(m, "RegisterProperties") && has_args) {
            if (const ui::InputMode mode = input_mode_in_list(&it); mode != ui::InputMode::Unknown) sink_.mode(mode);
        } else if (is_signal(m, "UpdateProperty") && has_args) {
            if (const ui::InputMode mode = input_mode_of(&it); mode != ui::InputMode::Unknown) sink_.mode(mode);
        } else if (is_signal(m, "ForwardKeyEvent") && has_args) {
            ImeKey key;
            key.keysym = next_u32(&it);
            key.keycode = next_u32(&it) + 8;
            const std::uint32_t state = next_u32(&it);
            key.release = (state & kReleaseMask) != 0;
            key.state = state & ~kReleaseMask;
            sink_.forward(key);
        }
    }

    std::string preedit_;  // kept while hidden, for ShowPreeditText
    int preedit_caret_ = 0;
};

}  // namespace

std::unique_ptr<InputMethod> connect_ibus(ImeSink& sink, std::string& why) {
    const std::string address = find_address(why);
    if (address.empty()) return nullptr;
    std::string error;
    auto link = DbusLink::open(address, error);
    if (!link) {
        why = "IBus: " + error;
        return nullptr;
    }
    Message create = method_call(kService, "/org/freedesktop/IBus", "org.freedesktop.IBus", "CreateInputContext");
    const char* client = "mandalart";
    dbus_message_append_args(create.get(), DBUS_TYPE_STRING, &client, DBUS_TYPE_INVALID);
    Message reply = link->call(create.get(), 2000, error);
    const char* path = nullptr;
    if (!reply || !dbus_message_get_args(reply.get(), nullptr, DBUS_TYPE_OBJECT_PATH, &path, DBUS_TYPE_INVALID)) {
        why = "IBus: no input context: " + error;
        return nullptr;
    }
    return std::make_unique<IbusInputMethod>(std::move(link), path, sink);
}

}  // namespace mandalart::platform
