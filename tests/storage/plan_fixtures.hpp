#pragma once
// Small helpers for tests that save plans: example bytes, and a file opened as the editor opens it.
#include <catch2/catch.hpp>

#include <string>

#include "core/example_plan.hpp"
#include "storage/plan_file.hpp"

namespace mandalart::testing {

// The example plan with another core goal, as a plan file holds it.
inline std::string example_bytes_with_core(const std::string& core) {
    Plan plan = make_example_plan(2026);
    plan.core = core;
    return encode_plan(plan);
}

// A plan file opened for editing: the document remembers the content it was loaded from.
inline Document open_for_edit(const std::string& path) {
    const LoadedPlan loaded = load_plan_file(path);
    REQUIRE(loaded.error.empty());
    Document document(loaded.plan, path);
    document.set_disk_hash(loaded.hash);
    return document;
}

}  // namespace mandalart::testing
