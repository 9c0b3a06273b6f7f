// Microseconds per frame of each view of the editor on the full-year plan, drawn headless
// (Google Benchmark). The review is on the year's last day, so its heatmap is full.
#include <benchmark/benchmark.h>

#include "bench_plan.hpp"
#include "headless_view.hpp"

namespace mandalart::bench {
namespace {

void frame_of(benchmark::State& state, BenchView view) {
    HeadlessView headless(shared_bench_folder().plan_path(), view);
    for (auto _ : state) headless.frame();
}

BENCHMARK_CAPTURE(frame_of, chart, BenchView::Chart)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(frame_of, focus, BenchView::Focus)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(frame_of, checkin, BenchView::CheckIn)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(frame_of, review, BenchView::Review)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace mandalart::bench

BENCHMARK_MAIN();
