#!/bin/sh
# Installs what is missing (test tools included), builds, and runs every test:
# the Release suite through ctest (each window test on an Xvfb display and session bus of its own,
# tests/e2e/own_display.sh, so they run side by side), the .deb installed and used (and removed), the unit tiers again (core, storage,
# the headless UI, the input layer) under AddressSanitizer + UndefinedBehaviorSanitizer, the plan
# loader under libFuzzer, each benchmark once (bench/run.sh --smoke), and the Windows tier: the
# program cross-built with mingw-w64, its unit tiers under Wine, its CLI compared with the Linux
# one, its window under Wine and Xvfb, kills during its saves, and its zip and installer
# (installed, used and removed silently).
# What the reliability tests recorded goes to build/RELIABILITY.md: a test run leaves the tree as
# it was.
#
#   scripts/test.sh           the whole suite (fuzzing 60 s, 1,000 SIGKILLs)
#   scripts/test.sh --long    the long versions: fuzzing 10 min, 10,000 SIGKILLs, every bit flipped
#   scripts/test.sh --record  the whole suite, then docs/RELIABILITY.md rewritten from its figures
#   scripts/test.sh --quick   the unit tiers only (core, storage, session, cli, ui, platform), Release;
#                             no Windows tier
#   scripts/test.sh --repeat N [--record]  the window and input-method tests N times over, each round
#                             with full parallelism: a flake hunt (how often each test failed, and why);
#                             --record writes its result into docs/RELIABILITY.md
# It ends with one line per tier: tests, failures, seconds.
set -eu
cd "$(dirname "$0")/.."
JOBS=$(nproc 2>/dev/null || echo 2)
FUZZ_SECONDS=60
MANDALART_LONG=0
MODE=full
ROUNDS=0
case "${1:-}" in
    --long) FUZZ_SECONDS=600; MANDALART_LONG=1 ;;
    --record) MODE=record ;;
    --quick) MODE=quick ;;
    --repeat)
        MODE=repeat
        ROUNDS=${2:-}
        case "$ROUNDS" in '' | *[!0-9]* | 0) echo "usage: scripts/test.sh --repeat N [--record] (N a count of rounds)" >&2; exit 2 ;; esac
        HUNT_RECORD=${3:-}
        case "$HUNT_RECORD" in "" | --record) ;; *) echo "usage: scripts/test.sh --repeat N [--record]" >&2; exit 2 ;; esac ;;
    "") ;;
    *) echo "usage: scripts/test.sh [--long | --record | --quick | --repeat N [--record]]" >&2; exit 2 ;;
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

if [ "$MODE" = repeat ]; then
    exec scripts/flake_hunt.sh build "$ROUNDS" "$JOBS" $HUNT_RECORD
fi

# One line per tier at the end (scripts/suite_summary.py): what ran, what failed, how long.
TIERS=$(pwd)/build/tiers
: > "$TIERS"
step() {  # NAME COMMAND...: runs a step that is one check, noting its status and seconds
    name=$1
    shift
    start=$(date +%s.%N)
    if "$@"; then code=0; else code=1; fi
    echo "step $name $code $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')" >> "$TIERS"
    return $code
}

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
echo "== tests (Release; each window test on a display of its own)"
ctest --test-dir build --output-on-failure -j "$JOBS" --output-junit "$(pwd)/build/release.xml" || status=1
echo "ctest release $(pwd)/build/release.xml" >> "$TIERS"
echo "== the package: built (scripts/package.sh), installed, used and removed"
package_test() { DEB=$(scripts/package.sh build | tail -1) && tests/e2e/own_display.sh tests/package/package_test.sh "$DEB"; }
step package package_test || status=1
echo "== tests (ASan + UBSan)"
# The figures are the Release run's (the sanitizer run opens a sample of the bad inputs).
if MANDALART_FIGURES= ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 LSAN_OPTIONS=suppressions=$(pwd)/tests/lsan.supp \
    ctest --test-dir build-asan --output-on-failure -j "$JOBS" --output-junit "$(pwd)/build-asan/asan.xml"; then
    ctest --test-dir build-asan -N | sed -n 's/^Total Tests: //p' > "$MANDALART_FIGURES/sanitizer_tests"
else
    status=1
fi
echo "ctest asan $(pwd)/build-asan/asan.xml" >> "$TIERS"
step fuzz scripts/fuzz.sh "$FUZZ_SECONDS" || status=1
echo "== Windows: cross-built with mingw-w64, tested under Wine"
if [ ! -f build-windows/CMakeCache.txt ] || ! grep -q "MANDALART_TESTS:BOOL=ON" build-windows/CMakeCache.txt; then
    cmake -S . -B build-windows -DCMAKE_TOOLCHAIN_FILE=cmake/mingw-w64.cmake -DCMAKE_BUILD_TYPE=Release -DMANDALART_TESTS=ON >/dev/null
fi
if step windows-build cmake --build build-windows -j "$JOBS" >/dev/null; then
    # The prefix is made once, before test programs start side by side.
    scripts/wine.sh cmd /c exit >/dev/null 2>&1 || true
    ctest --test-dir build-windows --output-on-failure -j "$JOBS" --output-junit "$(pwd)/build-windows/windows.xml" || status=1
    echo "ctest windows $(pwd)/build-windows/windows.xml" >> "$TIERS"
    step windows-cli-parity tests/windows/cli_parity_test.sh build/mandalart build-windows/mandalart.com || status=1
    step windows-window tests/e2e/own_display.sh tests/windows/window_test.sh build-windows || status=1
    step windows-ime tests/e2e/own_display.sh tests/windows/ime_test.sh build-windows || status=1
    step windows-kills tests/windows/kill_loop.sh build-windows/mandalart.com $([ "$MANDALART_LONG" = 1 ] && echo 400 || echo 40) || status=1
    windows_installer() { SETUP=$(scripts/package.sh --windows | grep 'setup.exe$') && tests/windows/installer_test.sh "$SETUP"; }
    step windows-installer windows_installer || status=1
else
    status=1
fi
echo "== benchmarks (smoke: they build and run; timings are bench/run.sh's)"
step benchmarks bench/run.sh --smoke || status=1
echo "$status" > "$MANDALART_FIGURES/suite_status"
scripts/reliability_report.sh "$MANDALART_FIGURES" > build/RELIABILITY.md
echo "== wrote build/RELIABILITY.md"
if [ "$MODE" = record ]; then
    cp build/RELIABILITY.md docs/RELIABILITY.md
    echo "== recorded docs/RELIABILITY.md"
fi
echo "== summary: one line per tier"
scripts/suite_summary.py "$TIERS" || status=1
[ "$status" = 0 ] && echo "== all tests passed" || echo "== SOME TESTS FAILED"
exit $status
