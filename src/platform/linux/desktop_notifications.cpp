#include "platform/linux/desktop_notifications.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>

#include <chrono>
#include <algorithm>
#include <cstdlib>
#include <cstdint>
#include <vector>

#include "cli/programs.hpp"
#include "platform/linux/dbus_link.hpp"
#include "storage/app_paths.hpp"
#include "storage/atomic_write.hpp"
#include "storage/checkin_units.hpp"

extern char** environ;

namespace mandalart::platform {
namespace {

constexpr const char* kService = "org.freedesktop.Notifications";
constexpr const char* kPath = "/org/freedesktop/Notifications";
constexpr const char* kActionKey = "checkin";

void append_string(DBusMessageIter* it, const std::string& text) {
    const char* s = text.c_str();
    dbus_message_iter_append_basic(it, DBUS_TYPE_STRING, &s);
}

// Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout).
Message notify_call(const Notification& n) {
    Message m = method_call(kService, kPath, kService, "Notify");
    DBusMessageIter it, actions, hints;
    dbus_message_iter_init_append(m.get(), &it);
    append_string(&it, "Mandalart");
    const std::uint32_t replaces = 0;
    dbus_message_iter_append_basic(&it, DBUS_TYPE_UINT32, &replaces);
    append_string(&it, "mandalart");
    append_string(&it, n.title);
    append_string(&it, n.body);
    dbus_message_iter_open_container(&it, DBUS_TYPE_ARRAY, "s", &actions);
    for (const std::string& word : {std::string("default"), n.action, std::string(kActionKey), n.action}) append_string(&actions, word);
    dbus_message_iter_close_container(&it, &actions);
    dbus_message_iter_open_container(&it, DBUS_TYPE_ARRAY, "{sv}", &hints);
    dbus_message_iter_close_container(&it, &hints);
    const std::int32_t expire = -1;  // the server's default
    dbus_message_iter_append_basic(&it, DBUS_TYPE_INT32, &expire);
    return m;
}

class LinuxDesktop final : public Desktop {
public:
    Answer notify(const Notification& n, int wait_seconds) override {
        std::string error;
        std::unique_ptr<DbusLink> link = DbusLink::open("", error);
        if (!link) return Answer::NoService;
        link->add_match(std::string("type='signal',interface='") + kService + "'");
        // What the service said about any notification: it may answer ours before the call returns.
        struct Event {
            std::uint32_t id;
            bool action;
        };
        std::vector<Event> events;
        link->on_signal([&](DBusMessage* signal) {
            std::uint32_t id = 0;
            const char* key = nullptr;
            if (dbus_message_is_signal(signal, kService, "ActionInvoked") &&
                dbus_message_get_args(signal, nullptr, DBUS_TYPE_UINT32, &id, DBUS_TYPE_STRING, &key, DBUS_TYPE_INVALID))
                events.push_back({id, std::string(key) == kActionKey || std::string(key) == "default"});
            else if (dbus_message_is_signal(signal, kService, "NotificationClosed") &&
                     dbus_message_get_args(signal, nullptr, DBUS_TYPE_UINT32, &id, DBUS_TYPE_INVALID))
                events.push_back({id, false});
        });
        const Message call = notify_call(n);
        const Message reply = link->call(call.get(), 5000, error);
        std::uint32_t id = 0;
        if (!reply || !dbus_message_get_args(reply.get(), nullptr, DBUS_TYPE_UINT32, &id, DBUS_TYPE_INVALID)) return Answer::NoService;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(wait_seconds);
        for (std::size_t seen = 0;; ) {
            for (; seen < events.size(); ++seen)
                if (events[seen].id == id) return events[seen].action ? Answer::Action : Answer::Closed;
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
            if (left <= 0 || !link->connected()) return Answer::Closed;
            link->dispatch(static_cast<int>(std::min<long long>(left, 1000)));
        }
    }

    void launch(const std::vector<std::string>& args) override {
        std::vector<char*> argv;
        for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID);  // its own session: it outlives us
        posix_spawn_file_actions_t files;  // and none of our streams: whoever reads ours is not kept waiting
        posix_spawn_file_actions_init(&files);
        for (const int fd : {0, 1, 2}) posix_spawn_file_actions_addopen(&files, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0);
        pid_t pid = 0;
        posix_spawn(&pid, argv[0], &files, &attributes, argv.data(), environ);
        posix_spawn_file_actions_destroy(&files);
        posix_spawnattr_destroy(&attributes);
    }

    Outcome set_weekly_reminder(const std::optional<WeeklyReminder>& reminder, FileSystem& fs) override {
        return reminder ? install(*reminder, fs) : uninstall(fs);
    }

    std::string program() const override { return cli::this_program(); }

private:
    // systemctl, or what MANDALART_SYSTEMCTL names (tests name one that finds no user manager).
    static std::string systemctl() {
        const char* chosen = std::getenv("MANDALART_SYSTEMCTL");
        return chosen != nullptr && chosen[0] != '\0' ? chosen : "systemctl";
    }
    static bool user_manager() { return cli::run_program({systemctl(), "--user", "show-environment"}, true) == 0; }

    Outcome install(const WeeklyReminder& r, FileSystem& fs) const {
        const std::string folder = systemd_user_folder();
        if (const std::string problem = make_folders(fs, folder); !problem.empty()) return {Outcome::Kind::Failed, problem};
        for (const auto& [unit, text] : {std::pair{std::string(kCheckinService), checkin_service_unit(program(), r.plan)},
                                         std::pair{std::string(kCheckinTimer), checkin_timer_unit(r.weekday, r.hour, r.minute)}})
            if (const std::string error = atomic_write(fs, folder + "/" + unit, text, Durability::PowerLoss, Privacy::Shared); !error.empty())
                return {Outcome::Kind::Failed, error};
        if (user_manager() && cli::run_program({systemctl(), "--user", "daemon-reload"}, true) == 0 &&
            cli::run_program({systemctl(), "--user", "enable", "--now", kCheckinTimer}, true) == 0)
            return {Outcome::Kind::On, folder};
        return {Outcome::Kind::Written, "systemctl --user daemon-reload && systemctl --user enable --now " + std::string(kCheckinTimer)};
    }

    static Outcome uninstall(FileSystem& fs) {
        const std::string folder = systemd_user_folder();
        const bool reachable = user_manager();
        if (reachable) cli::run_program({systemctl(), "--user", "disable", "--now", kCheckinTimer}, true);
        bool removed = false;
        for (const char* unit : {kCheckinTimer, kCheckinService}) removed |= fs.remove(folder + "/" + unit) == 0;
        if (reachable) cli::run_program({systemctl(), "--user", "daemon-reload"}, true);
        return {removed ? Outcome::Kind::Removed : Outcome::Kind::NoneSet, folder};
    }
};

}  // namespace

Desktop& linux_desktop() {
    static LinuxDesktop desktop;
    return desktop;
}

}  // namespace mandalart::platform
