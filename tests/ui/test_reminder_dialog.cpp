// Settings → Weekly Check-in Reminder (issue 27): the editor sets the same reminder as
// `mandalart remind --install`, for the open plan, and turns it off, without the command line.
#include <catch2/catch.hpp>

#include "app_fixture.hpp"
#include "core/example_plan.hpp"
#include "storage/app_paths.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

// Records what the editor asks of the desktop.
struct RecordingDesktop final : Desktop {
    std::vector<std::optional<WeeklyReminder>> asked;
    Outcome::Kind answer = Outcome::Kind::On;
    Answer notify(const Notification&, int) override { return Answer::NoService; }
    void launch(const std::vector<std::string>&) override {}
    Outcome set_weekly_reminder(const std::optional<WeeklyReminder>& reminder, FileSystem&) override {
        asked.push_back(reminder);
        return {answer, "systemctl --user daemon-reload && systemctl --user enable --now mandalart-checkin.timer"};
    }
    std::string program() const override { return "/usr/bin/mandalart"; }
};

void set_reminder(AppFixture& f, bool toggle) {
    f.app->run_command_for_test(ui::cmd::ShowReminder{});
    f.ui->frames(3);
    if (toggle) REQUIRE(f.ui->click_target("reminder-on"));
    REQUIRE(f.ui->click_target("reminder-apply"));
    f.ui->frames(2);
}

}  // namespace

TEST_CASE("the reminder is set for the open plan from Settings, Sundays 21:00 by default, and off again") {
    AppFixture f(make_example_plan(2026));
    RecordingDesktop desktop;
    f.options.desktop = &desktop;
    f.restart_after_crash();
    CHECK_FALSE(f.app->settings().reminder_on);
    set_reminder(f, true);
    REQUIRE(desktop.asked.size() == 1);
    REQUIRE(desktop.asked[0].has_value());
    CHECK(desktop.asked[0]->plan == absolute_path(f.path));
    CHECK(desktop.asked[0]->weekday == 7);
    CHECK(desktop.asked[0]->hour == 21);
    CHECK(desktop.asked[0]->minute == 0);
    CHECK(f.app->settings().reminder_on);

    set_reminder(f, true);  // unticked: off
    REQUIRE(desktop.asked.size() == 2);
    CHECK_FALSE(desktop.asked[1].has_value());
    CHECK_FALSE(f.app->settings().reminder_on);
}

TEST_CASE("a reminder the desktop cannot set is not remembered as on") {
    AppFixture f(make_example_plan(2026));
    RecordingDesktop desktop;
    desktop.answer = Desktop::Outcome::Kind::Failed;
    f.options.desktop = &desktop;
    f.restart_after_crash();
    set_reminder(f, true);
    REQUIRE(desktop.asked.size() == 1);
    CHECK_FALSE(f.app->settings().reminder_on);
}
