// The one-line state the window publishes for the programs that drive it (ui/ui_state): each word
// follows what is on screen, so a test can wait for it instead of for time.
#include <catch2/catch.hpp>

#include "../storage/plan_fixtures.hpp"
#include "app_fixture.hpp"
#include "core/example_plan.hpp"
#include "ui/ui_state.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

bool has(const std::string& state, const std::string& word) { return (" " + state + " ").find(" " + word + " ") != std::string::npos; }

}  // namespace

TEST_CASE("the UI state names the view, an open edit, unsaved changes and the prompt on screen") {
    AppFixture f(make_example_plan(2026));
    std::string s = ui::describe_ui_state(*f.app);
    CHECK(has(s, "view=chart"));
    CHECK(has(s, "editing=0"));
    CHECK(has(s, "dirty=0"));
    CHECK(has(s, "modal=-"));
    CHECK(has(s, "composing=0"));

    f.ui->key(Key::Enter);  // edit the core goal
    s = ui::describe_ui_state(*f.app);
    CHECK(has(s, "editing=1"));
    CHECK(has(s, "text=1"));
    f.ui->type("새 목표");
    f.ui->key(Key::Enter);
    s = ui::describe_ui_state(*f.app);
    CHECK(has(s, "editing=0"));
    CHECK(has(s, "dirty=1"));

    f.ui->key(Key::Num2, true);  // Ctrl+2: the check-in list
    CHECK(has(ui::describe_ui_state(*f.app), "view=checkin"));
    f.ui->key(Key::Num3, true);
    CHECK(has(ui::describe_ui_state(*f.app), "view=review"));
    f.ui->key(Key::Num1, true);
    CHECK(has(ui::describe_ui_state(*f.app), "view=chart"));

    f.ui->key(Key::S, true);  // saved: nothing unsaved any more
    CHECK(has(ui::describe_ui_state(*f.app), "dirty=0"));
}

TEST_CASE("the UI state names a modal prompt by its id, not by its translated title") {
    AppFixture f(make_example_plan(2026));
    Plan theirs = make_example_plan(2026);
    theirs.title = "다른 프로그램";
    write_all(f.path, encode_plan(theirs));  // another program writes the plan
    f.ui->key(Key::Enter);
    f.ui->type("내 변경");
    f.ui->key(Key::Enter);
    f.ui->wait(2.0);  // the autosave finds the file changed and asks
    REQUIRE(f.app->conflict());
    f.ui->frames(3);
    CHECK(has(ui::describe_ui_state(*f.app), "modal=conflict"));
}
