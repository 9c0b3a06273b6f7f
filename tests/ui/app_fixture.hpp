#pragma once
// A real App on a plan file in a temporary folder, on a fixed date, driven headless.
#include <catch2/catch.hpp>

#include <memory>
#include <optional>

#include "../storage/temp_folder.hpp"
#include "storage/plan_file.hpp"
#include "ui_harness.hpp"

namespace mandalart::testing {

inline constexpr Date kFixtureToday{2026, 3, 4};  // a Wednesday in 2026-W10

struct AppFixture {
    TempFolder dir;
    std::string path = dir.file("plan.mandalart.json");
    std::unique_ptr<ui::App> app;
    std::unique_ptr<UiHarness> ui;

    // With a plan, writes it to the file first; without one the app creates a blank plan.
    explicit AppFixture(const std::optional<Plan>& plan = std::nullopt, Date today = kFixtureToday, std::string compare = {},
                        FileSystem* fs = &real_file_system()) {
        if (plan) REQUIRE(save_plan_file(path, *plan, real_file_system()).empty());
        options = ui::AppOptions{path, "", "", [today] { return today; }, Language::Korean, false, std::move(compare), fs, std::nullopt, std::nullopt};
        start();
    }
    // As if the program was killed and started again on the same file: nothing is saved on the
    // way out (the kernel would release the lock just as the destructor does).
    void restart_after_crash() {
        ui.reset();
        app.reset();
        start();
    }
    ui::AppOptions options;
    const Plan& plan() const { return app->document().plan(); }

private:
    void start() {
        app = std::make_unique<ui::App>(options);
        REQUIRE(app->start().empty());
        ui = std::make_unique<UiHarness>(*app);
    }
};

}  // namespace mandalart::testing
