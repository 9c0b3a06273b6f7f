#pragma once
// The desktop, as the reminder uses it from the CLI and the editor: a notification with one
// action, the editor started detached, and the weekly check-in reminder set or removed. The
// platform layer gives the real one (platform/desktop_notifications); without one, `remind` only
// prints and the editor offers no reminder.
#include <optional>
#include <string>
#include <vector>

#include "storage/file_system.hpp"

namespace mandalart {

struct Notification {
    std::string title, body;
    std::string action;  // the button's words ("체크인")
};

// When the weekly check-in reminder comes, and for which plan (an absolute path).
struct WeeklyReminder {
    std::string plan;
    int weekday = 7;  // 1 (Monday) … 7 (Sunday)
    int hour = 21, minute = 0;
};

class Desktop {
public:
    enum class Answer { NoService, Closed, Action };
    // What setting the reminder did: turned on; written but not turned on (no user service
    // manager answered: `detail` is the command to run); removed; nothing was set; failed (`detail`).
    struct Outcome {
        enum class Kind { On, Written, Removed, NoneSet, Failed } kind = Kind::Failed;
        std::string detail;
    };
    virtual ~Desktop() = default;
    // Shows `notification` and waits up to `wait_seconds` for it to be answered: NoService when
    // no notification service took it, Action when its action (or the notification) was clicked,
    // Closed when it was dismissed, expired or the wait ran out.
    virtual Answer notify(const Notification& notification, int wait_seconds) = 0;
    // Starts `args` (this program's editor) and does not wait for it.
    virtual void launch(const std::vector<std::string>& args) = 0;
    // Sets the weekly reminder (what it writes goes through `fs`), or removes it (nullopt).
    virtual Outcome set_weekly_reminder(const std::optional<WeeklyReminder>& reminder, FileSystem& fs) = 0;
    // This program, as the reminder should run it.
    virtual std::string program() const = 0;
};

}  // namespace mandalart
