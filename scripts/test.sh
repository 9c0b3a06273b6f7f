#!/bin/sh
# Installs what is missing (test tools included), builds, and runs every test:
# the Release suite through ctest (GUI tests under xvfb-run), the .deb installed and used (and
# removed), the unit tiers again (core, storage,
# the headless UI, the input layer) under AddressSanitizer + UndefinedBehaviorSanitizer, the plan
# loader under libFuzzer, and each benchmark once (bench/run.sh --smoke).
# What the reliability tests recorded goes to build/RELIABILITY.md: a test run leaves the tree as
# it was.
#
#   scripts/test.sh           the whole suite (fuzzing 60 s, 1,000 SIGKILLs)
#   scripts/test.sh --long    the long versions: fuzzing 10 min, 10,000 SIGKILLs, every bit flipped
#   scripts/test.sh --record  the whole suite, then docs/RELIABILITY.md rewritten from its figures
#   scripts/test.sh --quick   the unit tiers only (core, storage, session, cli, ui, platform), Release
set -eu
cd "$(dirname "$0")/.."
JOBS=$(nproc 2>/dev/null || echo 2)
FUZZ_SECONDS=60
MANDALART_LONG=0
MODE=full
case "${1:-}" in
    --long) FUZZ_SECONDS=600; MANDALART_LONG=1 ;;
    --record) MODE=record ;;
    --quick) MODE=quick ;;
    "") ;;
    *) echo "usage: scripts/test.sh [--long | --record | --quick]" >&2; exit 2 ;;
esac
export MANDALART_LONG
scripts/deps.sh --test

echo "== build (Release)"
if [ ! -f build/CMakeCache.txt ] || ! grep -q "MANDALART_TESTS:BOOL=ON" build/CMakeCache.txt ||
    ! grep -q "MANDALART_BENCH:BOOL=ON" build/CMakeCache.txt; then
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DMANDALART_TESTS=ON -DMANDALART_BENCH=ON >/dev/null
fi

if [ "$MODE" = quick ]; then
    # The inner loop: no window, no sanitizers, no fuzzing, no long reliability runs.
    cmake --build build -j "$JOBS" --target core_tests storage_tests session_tests cli_tests ui_tests platform_tests mandalart
    echo "== tests (unit tiers)"
    exec ctest --test-dir build --output-on-failure -j "$JOBS" -L "^(core|storage|session|cli|ui|platform)$"
fi
cmake --build build -j "$JOBS"

echo "== build (ASan + UBSan: core, storage, headless ui, input layer)"
if [ ! -f build-asan/CMakeCache.txt ]; then
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DMANDALART_SANITIZE=ON >/dev/null
fi
cmake --build build-asan -j "$JOBS"

# The reliability tests leave their figures here for the report.
MANDALART_FIGURES=$(pwd)/build/figures
rm -rf "$MANDALART_FIGURES" && mkdir -p "$MANDALART_FIGURES"
export MANDALART_FIGURES

status=0
echo "== tests (Release, under xvfb-run)"
# -noreset: Xvfb would otherwise reset whenever one test's last client leaves and refuse the next
# test's first connection meanwhile; each window test frees the keys an earlier one bound.
xvfb-run -a -s "-screen 0 1280x1024x24 -noreset" ctest --test-dir build --output-on-failure -j "$JOBS" || status=1
echo "== the package: built (scripts/package.sh), installed, used and removed"
if DEB=$(scripts/package.sh build | tail -1) &&
    xvfb-run -a -s "-screen 0 1280x1024x24" tests/package/package_test.sh "$DEB"; then :; else status=1; fi
echo "== tests (ASan + UBSan)"
# The figures are the Release run's (the sanitizer run opens a sample of the bad inputs).
if MANDALART_FIGURES= ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 LSAN_OPTIONS=suppressions=$(pwd)/tests/lsan.supp \
    ctest --test-dir build-asan --output-on-failure -j "$JOBS"; then
    ctest --test-dir build-asan -N | sed -n 's/^Total Tests: //p' > "$MANDALART_FIGURES/sanitizer_tests"
else
    status=1
fi
scripts/fuzz.sh "$FUZZ_SECONDS" || status=1
echo "== benchmarks (smoke: they build and run; timings are bench/run.sh's)"
bench/run.sh --smoke || status=1
echo "$status" > "$MANDALART_FIGURES/suite_status"
scripts/reliability_report.sh "$MANDALART_FIGURES" > build/RELIABILITY.md
echo "== wrote build/RELIABILITY.md"
if [ "$MODE" = record ]; then
    cp build/RELIABILITY.md docs/RELIABILITY.md
    echo "== recorded docs/RELIABILITY.md"
fi
[ "$status" = 0 ] && echo "== all tests passed" || echo "== SOME TESTS FAILED"
exit $status
