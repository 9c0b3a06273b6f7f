#!/bin/sh
# Builds the Debian package from the CMake install rules (CPack): installs what is missing, builds
# Release in build-package/ (or in the build folder given), and prints the .deb's path. With
# --windows, cross-builds the Windows program with mingw-w64 in build-windows/ and makes the
# portable zip and the installer (packaging/windows).
#
#   scripts/package.sh            → build-package/mandalart_VERSION_amd64.deb
#   scripts/package.sh BUILD_DIR  (scripts/test.sh packages its own Release build)
#   scripts/package.sh --windows  → build-windows/mandalart-VERSION-windows-x64.zip
#                                   build-windows/mandalart-VERSION-setup.exe
#
# Install it with: sudo apt install ./build-package/mandalart_*_amd64.deb
set -eu
cd "$(dirname "$0")/.."
if [ "${1:-}" = --windows ]; then
    scripts/deps.sh --windows
    BUILD=build-windows
    if [ ! -f "$BUILD/CMakeCache.txt" ]; then
        cmake -S . -B "$BUILD" -DCMAKE_TOOLCHAIN_FILE=cmake/mingw-w64.cmake -DCMAKE_BUILD_TYPE=Release -DMANDALART_TESTS=OFF >/dev/null
    fi
    cmake --build "$BUILD" -j "$(nproc 2>/dev/null || echo 2)" --target mandalart mandalart_console >/dev/null
    VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD/CMakeCache.txt")
    exec packaging/windows/make_packages.sh "$BUILD" "$VERSION"
fi
scripts/deps.sh --package
BUILD=${1:-build-package}
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DMANDALART_TESTS=OFF >/dev/null
fi
cmake --build "$BUILD" -j "$(nproc 2>/dev/null || echo 2)" >/dev/null
(cd "$BUILD" && cpack -G DEB >/dev/null)
ls "$BUILD"/mandalart_*_amd64.deb
