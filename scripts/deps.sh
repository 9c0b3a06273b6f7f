#!/bin/sh
# Installs the Debian/Ubuntu packages the project needs, only those that are missing. Dear ImGui and
# GLFW are compiled from third_party/; the X11 headers here are what GLFW's X11 platform needs.
# Usage: scripts/deps.sh [--test | --package | --windows]
#   --test     adds the tools the test suite uses (the packaging tools and the Windows build included)
#   --package  adds what building and checking the .deb needs
#   --windows  adds the Windows cross-build: mingw-w64, Wine to run it, NSIS and zip to package it
set -eu

PACKAGES="cmake g++ make pkg-config libgl-dev libgl1-mesa-dri nlohmann-json3-dev
libfreetype-dev libstb-dev libfontconfig-dev libcairo2-dev libpango1.0-dev fontconfig fonts-nanum fonts-noto-cjk fonts-noto-color-emoji fonts-symbola
libdbus-1-dev librsvg2-bin
libx11-dev libxrandr-dev libxinerama-dev libxcursor-dev libxi-dev libxext-dev"
PACKAGE_PACKAGES="dpkg-dev file lintian desktop-file-utils appstream"
WINDOWS_PACKAGES="g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix wine wine64 nsis zip icoutils catch2 xvfb xauth"
TEST_PACKAGES="catch2 xvfb xauth xdotool libx11-dev clang libclang-rt-dev util-linux python3 python3-icalendar systemd man-db zsh poppler-utils git librsvg2-bin libreoffice-calc-nogui
libbenchmark-dev valgrind libxtst-dev
dbus dbus-x11 gir1.2-glib-2.0 dconf-gsettings-backend locales procps x11-utils imagemagick python3-gi gir1.2-gtk-3.0
ibus ibus-hangul ibus-gtk3 fcitx5 fcitx5-hangul fcitx5-frontend-gtk3"

# The input-method tests type through ibus-hangul and fcitx5-hangul in a Korean locale.
korean_locale() {
    [ "${1:-}" = "--test" ] || return 0
    locale -a 2>/dev/null | grep -qi '^ko_KR.utf-\?8$' && return 0
    echo "Generating the ko_KR.UTF-8 locale"
    $SUDO localedef -i ko_KR -f UTF-8 ko_KR.UTF-8
}

SUDO=""
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 && SUDO=sudo
fi

wanted=$PACKAGES
[ "${1:-}" = "--test" ] && wanted="$wanted $TEST_PACKAGES $PACKAGE_PACKAGES $WINDOWS_PACKAGES"
[ "${1:-}" = "--windows" ] && wanted="$wanted $WINDOWS_PACKAGES"
[ "${1:-}" = "--package" ] && wanted="$wanted $PACKAGE_PACKAGES"

missing=""
for p in $wanted; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
        *"ok installed"*) ;;
        *) missing="$missing $p" ;;
    esac
done
if [ -z "$missing" ]; then korean_locale "${1:-}"; exit 0; fi

echo "Installing:$missing"
if [ "$(id -u)" != 0 ] && [ -z "$SUDO" ]; then
    echo "error: need root or sudo to install:$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
korean_locale "${1:-}"
