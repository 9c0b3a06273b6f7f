#!/bin/sh
# Brings Dear ImGui, GLFW and (for the Windows build) FreeType into third_party/ from Debian's
# source packages, unmodified.
# Usage: third_party/update.sh [IMGUI_VERSION [GLFW_VERSION [FREETYPE_VERSION]]]
#   e.g. third_party/update.sh 1.92.2b+ds-1 3.4-3 2.12.1+dfsg-5+deb12u4   (the versions checked in; see README.md)
# apt-get reads a private source list (deb-src for sid and trixie, the mirror of the machine's own
# debian.sources) and private lists and cache folders, so nothing of the system's apt is changed
# and no root is needed. Only the files the build uses are copied; nothing is patched.
set -eu

IMGUI_VERSION=${1:-1.92.2b+ds-1}
GLFW_VERSION=${2:-3.4-3}
FREETYPE_VERSION=${3:-2.12.1+dfsg-5+deb12u4}
HERE=$(cd "$(dirname "$0")" && pwd)
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/get"
printf 'deb-src %s sid main\ndeb-src %s trixie main\ndeb-src %s bookworm main\ndeb-src %s bookworm-security main\n' \
    "$MIRROR" "$MIRROR" "$MIRROR" "${MIRROR%/debian}/debian-security" >"$work/sources.list"
apt_opts="-o Dir::Etc::SourceList=$work/sources.list -o Dir::Etc::SourceParts=/nonexistent
 -o Dir::State::Lists=$work/lists -o Dir::Cache=$work/cache -o Debug::NoLocking=1
 -o APT::Sandbox::User=$(id -un)"
# shellcheck disable=SC2086
apt-get $apt_opts -qq update
# shellcheck disable=SC2086
(cd "$work/get" && apt-get $apt_opts -qq source --download-only "imgui=$IMGUI_VERSION" "glfw3=$GLFW_VERSION" \
    "freetype=$FREETYPE_VERSION")

unpack() { # unpack ORIG_TARBALL_GLOB -> prints the folder it made
    mkdir -p "$work/src"
    tar -xf "$(ls "$work"/get/$1)" -C "$work/src"
    ls -d "$work"/src/$2
}

# Dear ImGui: the core, the GLFW / OpenGL3 / Win32 backends, the FreeType loader and the std::string helpers.
imgui=$(unpack 'imgui_*.orig.tar.*' 'imgui-*')
rm -rf "$HERE/imgui"
mkdir -p "$HERE/imgui/backends" "$HERE/imgui/misc/freetype" "$HERE/imgui/misc/cpp"
for f in LICENSE.txt imconfig.h imgui.h imgui.cpp imgui_draw.cpp imgui_tables.cpp imgui_widgets.cpp \
         imgui_demo.cpp imgui_internal.h imstb_rectpack.h imstb_textedit.h imstb_truetype.h; do
    cp "$imgui/$f" "$HERE/imgui/$f"
done
for f in imgui_impl_glfw imgui_impl_opengl3 imgui_impl_win32; do
    cp "$imgui/backends/$f.h" "$imgui/backends/$f.cpp" "$HERE/imgui/backends/"
done
cp "$imgui/backends/imgui_impl_opengl3_loader.h" "$HERE/imgui/backends/"
cp "$imgui/misc/freetype/imgui_freetype.h" "$imgui/misc/freetype/imgui_freetype.cpp" "$HERE/imgui/misc/freetype/"
cp "$imgui/misc/cpp/imgui_stdlib.h" "$imgui/misc/cpp/imgui_stdlib.cpp" "$HERE/imgui/misc/cpp/"
# The stock example loop, for the benchmarks' idle comparison (bench/CMakeLists.txt).
mkdir -p "$HERE/imgui/examples/example_glfw_opengl3"
cp "$imgui/examples/example_glfw_opengl3/main.cpp" "$HERE/imgui/examples/example_glfw_opengl3/"

# GLFW: its own CMake build (X11 on Linux, Win32 for the Windows build), the headers and the sources.
glfw=$(unpack 'glfw3_*.orig.tar.*' 'glfw-*')
rm -rf "$HERE/glfw"
mkdir -p "$HERE/glfw/deps"
cp -r "$glfw/CMakeLists.txt" "$glfw/LICENSE.md" "$glfw/README.md" "$glfw/CMake" "$glfw/include" "$glfw/src" "$HERE/glfw/"
cp -r "$glfw/deps/mingw" "$HERE/glfw/deps/"

# FreeType, for the Windows build only (Linux links Debian's libfreetype): its own CMake build, the
# headers, the sources, the Windows system files, and its licences.
freetype=$(unpack 'freetype_*.orig.tar.*' 'freetype-*')
rm -rf "$HERE/freetype"
mkdir -p "$HERE/freetype/builds" "$HERE/freetype/docs"
cp -r "$freetype/CMakeLists.txt" "$freetype/LICENSE.TXT" "$freetype/README" "$freetype/include" "$freetype/src" "$HERE/freetype/"
cp -r "$freetype/builds/cmake" "$freetype/builds/windows" "$freetype/builds/unix" "$HERE/freetype/builds/"
cp "$freetype/docs/FTL.TXT" "$freetype/docs/GPLv2.TXT" "$HERE/freetype/docs/"

echo "third_party: imgui $IMGUI_VERSION, glfw3 $GLFW_VERSION and freetype $FREETYPE_VERSION copied in"
