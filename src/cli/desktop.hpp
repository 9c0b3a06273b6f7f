#pragma once
// The desktop, as `remind` uses it: a notification with one action. The platform layer gives
// the real one (org.freedesktop.Notifications over D-Bus); without one, `remind` only prints.
#include <string>
#include <vector>

namespace mandalart::cli {

struct Notification {
    std::string title, body;
    std::string action;  // the button's words ("체크인")
};

class Desktop {
public:
    enum class Answer { NoService, Closed, Action };
    virtual ~Desktop() = default;
    // Shows `notification` and waits up to `wait_seconds` for it to be answered: NoService when
    // no notification service took it, Action when its action (or the notification) was clicked,
    // Closed when it was dismissed, expired or the wait ran out.
    virtual Answer notify(const Notification& notification, int wait_seconds) = 0;
    // Starts `args` (this program's editor) and does not wait for it.
    virtual void launch(const std::vector<std::string>& args) = 0;
};

}  // namespace mandalart::cli
