// The one table of commands: every command a person can reach is labelled in both languages, no
// key runs two commands, the menus and the F1 list show the keys the table binds, and a key
// pressed in the real (headless) editor runs its command.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <variant>

#include "app_fixture.hpp"
#include "core/example_plan.hpp"
#include "ui/command_table.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

// Commands that carry what a dialog, a list or a prompt chose: each is labelled where it is offered.
bool carries_a_choice(const ui::AppCommand& command) {
    return std::holds_alternative<ui::cmd::OpenPath>(command) || std::holds_alternative<ui::cmd::NewPlanAt>(command) ||
           std::holds_alternative<ui::cmd::SaveAsPath>(command) || std::holds_alternative<ui::cmd::RestoreVersion>(command) ||
           std::holds_alternative<ui::cmd::ExportImage>(command) || std::holds_alternative<ui::cmd::ExportRetrospective>(command) ||
           std::holds_alternative<ui::cmd::ExportCalendar>(command) || std::holds_alternative<ui::cmd::ExportPdf>(command) ||
           std::holds_alternative<ui::cmd::ReloadTheirs>(command) || std::holds_alternative<ui::cmd::KeepMine>(command) ||
           std::holds_alternative<ui::cmd::MergeTheirs>(command) || std::holds_alternative<ui::cmd::MergeCopy>(command) ||
           std::holds_alternative<ui::cmd::DismissCopy>(command) ||
           std::holds_alternative<ui::cmd::RecoverJournal>(command) || std::holds_alternative<ui::cmd::DiscardJournal>(command) ||
           std::holds_alternative<ui::cmd::RestoreDamaged>(command) || std::holds_alternative<ui::cmd::StartOver>(command) ||
           std::holds_alternative<ui::cmd::StartFirstPlan>(command) || std::holds_alternative<ui::cmd::StartNextYear>(command) ||
           std::holds_alternative<ui::cmd::SetReminder>(command) ||
           std::holds_alternative<ui::cmd::ShowFocus>(command) || std::holds_alternative<ui::cmd::SetTheme>(command) ||
           std::holds_alternative<ui::cmd::SetLanguage>(command) || std::holds_alternative<ui::cmd::SetFont>(command);
}

template <std::size_t... I>
std::vector<ui::AppCommand> every_command(std::index_sequence<I...>) {
    return {ui::AppCommand(std::in_place_index<I>)...};
}

}  // namespace

TEST_CASE("every command is in the table or carries a choice, and the table labels it in Korean and English") {
    for (const ui::AppCommand& command : every_command(std::make_index_sequence<std::variant_size_v<ui::AppCommand>>{})) {
        INFO("command #" << command.index());
        const ui::CommandEntry* entry = ui::command_entry(command);
        CHECK((entry != nullptr) != carries_a_choice(command));
        if (entry == nullptr) continue;
        const std::string ko = ui::tr(entry->label, Language::Korean), en = ui::tr(entry->label, Language::English);
        CHECK_FALSE(ko.empty());
        CHECK_FALSE(en.empty());
        CHECK(ko != en);
    }
}

TEST_CASE("no key is bound twice, in the table or against the keys the views read") {
    std::set<std::string> seen{ui::chord_label(ui::kFocusChord), ui::chord_label(ui::kBackChord)};
    std::set<std::size_t> commands;
    for (const ui::CommandEntry& entry : ui::command_table()) {
        CHECK(commands.insert(entry.command.index()).second);  // one row per command
        for (const ui::Chord& chord : {entry.chord, entry.also[0], entry.also[1], entry.also[2]}) {
            if (chord.key == ui::Key::Unknown) continue;
            INFO(ui::chord_label(chord));
            CHECK(seen.insert(ui::chord_label(chord)).second);
        }
    }
    CHECK(seen.size() > 20);
}

TEST_CASE("the menus' and F1's key names come from the table") {
    CHECK(ui::chord_label(ui::command_entry(ui::cmd::SaveAs{})->chord) == "Ctrl+Shift+S");
    CHECK(ui::chord_label(ui::command_entry(ui::cmd::ShowKeys{})->chord) == "F1");
    CHECK(ui::chord_label(ui::command_entry(ui::cmd::ZoomIn{})->chord) == "Ctrl+=");
    CHECK(ui::chord_label(ui::command_entry(ui::cmd::ShowRestore{})->chord).empty());  // menu only
}

TEST_CASE("each key of the table runs its command in the editor") {
    AppFixture f(make_example_plan(2026));
    f.ui->key(ui::Key::Num2, true);
    CHECK(f.app->tab() == ui::Tab::CheckIn);
    f.ui->key(ui::Key::Num3, true);
    CHECK(f.app->tab() == ui::Tab::Review);
    f.ui->key(ui::Key::Num1, true);
    CHECK(f.app->tab() == ui::Tab::Chart);
    const bool progress = f.app->settings().show_progress;
    f.ui->key(ui::Key::P, true, true);
    CHECK(f.app->settings().show_progress != progress);
    const float zoom = f.app->settings().zoom;
    f.ui->key(ui::Key::KeypadAdd, true);  // a second key of the same command
    CHECK(f.app->settings().zoom > zoom);
    f.ui->key(ui::Key::Num0, true);
    CHECK(f.app->settings().zoom == 1.0f);
}
