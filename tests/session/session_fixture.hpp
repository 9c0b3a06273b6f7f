#pragma once
// A plan session on the example plan in a temporary folder, on a fixed date, its clock the test's.
#include <catch2/catch.hpp>

#include <memory>

#include "../storage/temp_folder.hpp"
#include "core/example_plan.hpp"
#include "session/plan_session.hpp"
#include "storage/plan_file.hpp"

namespace mandalart::testing {

inline constexpr Date kToday{2026, 3, 4};  // a Wednesday in 2026-W10

struct SessionFixture {
    TempFolder dir;
    std::string path = dir.file("plan.mandalart.json");
    std::vector<std::string> remembered;
    FileSystem* fs = &real_file_system();
    std::unique_ptr<PlanSession> session;

    explicit SessionFixture(bool write_example = true) {
        if (write_example) REQUIRE(save_plan_file(path, make_example_plan(2026), real_file_system()).empty());
    }
    PlanSession& open() {
        SessionOptions options;
        options.today = [] { return kToday; };
        options.file_system = fs;
        options.data_folder = dir.path().string();
        options.remember_file = [this](const std::string& p) { remembered.push_back(p); };
        session = std::make_unique<PlanSession>(options);
        REQUIRE(session->open(path, true, Language::Korean).empty());
        return *session;
    }
    std::string core_on_disk() const { return load_plan_file(path).plan.core; }
};

}  // namespace mandalart::testing
