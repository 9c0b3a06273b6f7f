#!/bin/sh
# Builds the Debian package from the CMake install rules (CPack): installs what is missing, builds
# Release in build-package/ (or in the build folder given), and prints the .deb's path.
#
#   scripts/package.sh            → build-package/mandalart_VERSION_amd64.deb
#   scripts/package.sh BUILD_DIR  (scripts/test.sh packages its own Release build)
#
# Install it with: sudo apt install ./build-package/mandalart_*_amd64.deb
set -eu
cd "$(dirname "$0")/.."
scripts/deps.sh --package
BUILD=${1:-build-package}
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DMANDALART_TESTS=OFF >/dev/null
fi
cmake --build "$BUILD" -j "$(nproc 2>/dev/null || echo 2)" >/dev/null
(cd "$BUILD" && cpack -G DEB >/dev/null)
ls "$BUILD"/mandalart_*_amd64.deb
