#!/bin/sh
# Builds Release with the benchmarks and prints, in one run, the editor side by side with a bare
# Dear ImGui window: start-up and peak memory, idle CPU, the cost of one frame of each view, and
# loading and saving plans against nlohmann_json. Writes docs/PERFORMANCE.md from the results.
#
#   bench/run.sh           the measurements (about 2 minutes)
#   bench/run.sh --smoke   each benchmark built and run once, briefly; nothing judged or written
set -eu
cd "$(dirname "$0")/.."
case "${1:-}" in
    --smoke | "") ;;
    *) echo "usage: bench/run.sh [--smoke]" >&2; exit 2 ;;
esac
scripts/deps.sh --test
if [ ! -f build/CMakeCache.txt ] || ! grep -q "MANDALART_BENCH:BOOL=ON" build/CMakeCache.txt; then
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DMANDALART_BENCH=ON >/dev/null
fi
cmake --build build --target benchmarks -j "$(nproc 2>/dev/null || echo 2)"

results=build/bench-results
rm -rf "$results"
echo "== measuring${1:+ ($1)}"
xvfb-run -a -s "-screen 0 1280x1024x24 -noreset" bench/measure.sh build "$results" ${1:-}
if [ "${1:-}" = --smoke ]; then
    python3 bench/report.py "$results" > /dev/null
    echo "== benchmarks built and ran once (bench/run.sh for the measurements)"
else
    python3 bench/report.py "$results" --write docs/PERFORMANCE.md
    echo "== wrote docs/PERFORMANCE.md"
fi
