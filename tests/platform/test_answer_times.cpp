// The input method's answer times, as the editor reports them (MANDALART_DEBUG_IME).
#include <catch2/catch.hpp>

#include "platform/answer_times.hpp"

using mandalart::platform::AnswerTimes;

TEST_CASE("Answer times give nearest-rank percentiles and count what went unanswered") {
    AnswerTimes times;
    CHECK(times.percentile(95) == 0.0);
    for (int i = 100; i >= 1; --i) times.answered(i);  // 1..100 ms, in any order
    times.unanswered();
    CHECK(times.count() == 100);
    CHECK(times.percentile(50) == 50.0);
    CHECK(times.percentile(95) == 95.0);
    CHECK(times.percentile(100) == 100.0);
    CHECK(times.percentile(0) == 1.0);
    CHECK(times.summary() == "100 answers: p50 50.0 ms, p95 95.0 ms, p99 99.0 ms, max 100.0 ms; 1 unanswered");
}
