#pragma once
// Settings → Weekly Check-in Reminder: the same switch, day and time as `mandalart remind
// --install`, so nobody needs the command line for it. Apply hands back SetReminder; the App sets
// it on the desktop (session/desktop.hpp) and says what happened.
#include "core/settings.hpp"
#include "ui/ui_output.hpp"
#include "ui/view_context.hpp"

namespace mandalart::ui {

class ReminderDialog {
public:
    void open(const Settings& settings) {
        open_ = true;
        on_ = settings.reminder_on;
        weekday_ = settings.reminder_weekday;
        hour_ = settings.reminder_hour;
        minute_ = settings.reminder_minute;
    }
    bool opening() const { return open_; }
    // Marked for tests: "reminder-on", "reminder-apply".
    void draw(const ViewContext& ctx, UiOutput& out);

private:
    bool open_ = false;
    bool on_ = false;
    int weekday_ = 7, hour_ = 21, minute_ = 0;
};

}  // namespace mandalart::ui
