// The editor's open on every malformed plan the sweep makes: never opened as a plan, and never
// left without a way back: it shows the damaged-plan prompt with the loader's one line (naming
// the place), no crash, nothing written beside the file.
#include <catch2/catch.hpp>

#include "../reliability/bad_inputs.hpp"
#include "ui/app.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

OpenOutcome open_in_editor(const std::string& path) {
    ui::AppOptions options;
    options.file = path;
    options.clock = [] { return Date{2026, 3, 4}; };
    options.persist_new_plan = false;
    ui::App app(options);
    const std::string error = app.start();
    if (!error.empty()) return {1, error};              // cannot be read at all
    if (app.damaged()) return {1, app.damaged()->error};  // shown with the way back, not opened
    return {0, ""};
}

// The sanitizer build opens every third of the generated inputs (each is ~4 ms there; the
// Release build and `validate` open every one).
#ifndef MANDALART_SWEEP_STRIDE
#define MANDALART_SWEEP_STRIDE 1
#endif

std::vector<BadInput> every_nth(const std::vector<BadInput>& all, std::size_t n) {
    std::vector<BadInput> some;
    for (std::size_t i = 0; i < all.size(); i += n) some.push_back(all[i]);
    return some;
}

}  // namespace

TEST_CASE("the editor shows the way back for a real plan cut at every byte, bit-flipped and with a wrong type at every JSON path") {
    sweep_bad_inputs(every_nth(generated_bad_inputs(), MANDALART_SWEEP_STRIDE), open_in_editor, "bad_inputs_editor");
}

TEST_CASE("the editor shows the way back for every file of the hand-made corpus, huge strings and 100,000-deep nesting") {
    sweep_bad_inputs(corpus_bad_inputs(), open_in_editor, "bad_corpus_editor");
}
