#!/bin/sh
# Installs the Debian/Ubuntu packages the project needs, only those that are missing.
# Usage: scripts/deps.sh [--test]   (--test adds the tools the test suite uses)
set -eu

PACKAGES="cmake g++ make pkg-config libimgui-dev libglfw3-dev libgl-dev libgl1-mesa-dri nlohmann-json3-dev
libfreetype-dev libstb-dev libfontconfig-dev fontconfig fonts-nanum"
TEST_PACKAGES="catch2 xvfb xauth xdotool libx11-dev clang libclang-rt-dev util-linux python3 librsvg2-bin libreoffice-calc-nogui
libbenchmark-dev valgrind"

wanted=$PACKAGES
[ "${1:-}" = "--test" ] && wanted="$wanted $TEST_PACKAGES"

missing=""
for p in $wanted; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
        *"ok installed"*) ;;
        *) missing="$missing $p" ;;
    esac
done
[ -z "$missing" ] && exit 0

echo "Installing:$missing"
SUDO=""
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "error: need root or sudo to install:$missing" >&2; exit 1; }
    SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
