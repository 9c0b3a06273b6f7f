// The editor's open on every malformed plan the sweep makes: one line (the GUI prints it and
// exits 1), no crash, nothing written beside the file.
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
    return {error.empty() ? 0 : 1, error};
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

TEST_CASE("the editor refuses a real plan cut at every byte, bit-flipped and with a wrong type at every JSON path") {
    sweep_bad_inputs(every_nth(generated_bad_inputs(), MANDALART_SWEEP_STRIDE), open_in_editor, "bad_inputs_editor");
}

TEST_CASE("the editor refuses every file of the hand-made corpus, huge strings and 100,000-deep nesting") {
    sweep_bad_inputs(corpus_bad_inputs(), open_in_editor, "bad_corpus_editor");
}
