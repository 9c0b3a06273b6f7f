#!/bin/sh
# Fuzzes the plan loader with libFuzzer for SECONDS (default 60): clang, ASan + UBSan.
# Starts from the plans in tests/corpus; new inputs it finds are kept in build-fuzz/corpus.
# Any crash, sanitizer report or broken round trip fails with the input saved in build-fuzz/.
set -eu
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-60}
JOBS=$(nproc 2>/dev/null || echo 2)
if [ ! -f build-fuzz/CMakeCache.txt ]; then
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMANDALART_FUZZ=ON >/dev/null
fi
cmake --build build-fuzz -j "$JOBS" --target plan_loader_fuzzer
mkdir -p build-fuzz/corpus
echo "== fuzzing the plan loader for ${SECONDS_TO_RUN}s"
cd build-fuzz
./plan_loader_fuzzer -max_total_time="$SECONDS_TO_RUN" -print_final_stats=1 -max_len=65536 -rss_limit_mb=2048 \
    corpus ../tests/corpus/good ../tests/corpus/bad 2>fuzz.log || { tail -40 fuzz.log; echo "== FUZZING FOUND A PROBLEM (build-fuzz/fuzz.log)"; exit 1; }
EXECS=$(sed -n 's/^stat::number_of_executed_units: *//p' fuzz.log)
CORPUS=$(ls corpus | wc -l)
echo "== fuzzing: $EXECS inputs in ${SECONDS_TO_RUN}s, no crash; corpus of $CORPUS inputs"
if [ -n "${MANDALART_FIGURES:-}" ]; then
    echo "$EXECS" > "$MANDALART_FIGURES/fuzz_executions"
    echo "$SECONDS_TO_RUN" > "$MANDALART_FIGURES/fuzz_seconds"
    echo "$CORPUS" > "$MANDALART_FIGURES/fuzz_corpus"
fi
