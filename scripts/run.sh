#!/bin/sh
# Installs what is missing, builds, and starts mandalart (arguments are passed on).
set -eu
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh -DMANDALART_TESTS=OFF >/dev/null
exec build/mandalart "$@"
