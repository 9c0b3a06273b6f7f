// view_frames VIEW FRAMES: draws FRAMES headless frames of one view of the editor on the
// full-year plan, for valgrind --tool=callgrind. Only measured_frames() is counted
// (--collect-atstart=no --toggle-collect=measured_frames), so instructions / FRAMES is the
// repeatable cost of one frame, without start-up and font building.
#include <cstdlib>
#include <iostream>
#include <string>

#include "bench_plan.hpp"
#include "headless_view.hpp"

extern "C" __attribute__((noinline)) void measured_frames(mandalart::bench::HeadlessView& view, int frames) {
    for (int i = 0; i < frames; ++i) view.frame();
}

int main(int argc, char** argv) {
    using namespace mandalart::bench;
    BenchView view{};
    const int frames = argc == 3 ? std::atoi(argv[2]) : 0;
    if (argc != 3 || !parse_view(argv[1], view) || frames <= 0) {
        std::cerr << "usage: view_frames chart|focus|checkin|review FRAMES\n";
        return 2;
    }
    const BenchFolder folder;
    HeadlessView headless(folder.plan_path(), view);
    measured_frames(headless, frames);
    return 0;
}
