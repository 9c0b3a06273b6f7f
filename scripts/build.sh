#!/bin/sh
# Configures and builds Release into build/ (quick when nothing changed).
set -eu
cd "$(dirname "$0")/.."
JOBS=$(nproc 2>/dev/null || echo 2)
if [ ! -f build/CMakeCache.txt ]; then
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
fi
cmake --build build -j "$JOBS"
