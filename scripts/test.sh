#!/bin/sh
# Installs what is missing (test tools included), builds, and runs every test:
# the Release suite through ctest (GUI tests under xvfb-run), then the core and storage
# tests again under AddressSanitizer + UndefinedBehaviorSanitizer.
set -eu
cd "$(dirname "$0")/.."
JOBS=$(nproc 2>/dev/null || echo 2)
scripts/deps.sh --test

echo "== build (Release)"
if [ ! -f build/CMakeCache.txt ] || ! grep -q "MANDALART_TESTS:BOOL=ON" build/CMakeCache.txt; then
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DMANDALART_TESTS=ON >/dev/null
fi
cmake --build build -j "$JOBS"

echo "== build (ASan + UBSan: core and storage)"
if [ ! -f build-asan/CMakeCache.txt ]; then
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DMANDALART_SANITIZE=ON >/dev/null
fi
cmake --build build-asan -j "$JOBS"

status=0
echo "== tests (Release, under xvfb-run)"
xvfb-run -a -s "-screen 0 1280x1024x24" ctest --test-dir build --output-on-failure -j "$JOBS" || status=1
echo "== tests (ASan + UBSan)"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure -j "$JOBS" || status=1
[ "$status" = 0 ] && echo "== all tests passed" || echo "== SOME TESTS FAILED"
exit $status
