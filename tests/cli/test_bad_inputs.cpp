// `mandalart validate` on every malformed plan the sweep makes: one line, exit 1, nothing written.
#include <catch2/catch.hpp>

#include <sstream>

#include "../reliability/bad_inputs.hpp"
#include "cli/cli.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

OpenOutcome validate(const std::string& path) {
    std::ostringstream out, err;
    const int code = cli::run({"validate", path}, out, err, Date{2026, 3, 4}, real_file_system());
    std::string message = err.str();
    if (!message.empty() && message.back() == '\n') message.pop_back();
    return {code, message};
}

}  // namespace

TEST_CASE("validate refuses a real plan cut at every byte, bit-flipped and with a wrong type at every JSON path") {
    sweep_bad_inputs(generated_bad_inputs(), validate, "bad_inputs_validate");
}

TEST_CASE("validate refuses every file of the hand-made corpus, huge strings and 100,000-deep nesting") {
    sweep_bad_inputs(corpus_bad_inputs(), validate, "bad_corpus_validate");
}
