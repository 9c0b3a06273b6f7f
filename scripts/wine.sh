#!/bin/sh
# Runs a Windows program under Wine, in the project's own Wine prefix (made on first use), quietly:
# no debug chatter, no Mono or Gecko prompts. ctest runs the Windows test programs through it
# (cmake/mingw-w64.cmake); scripts/test.sh and scripts/package.sh use it too.
#   scripts/wine.sh PROGRAM.exe [ARGS...]      (WINEPREFIX may name another prefix)
: "${WINEPREFIX:=${XDG_CACHE_HOME:-$HOME/.cache}/mandalart/wine}"
export WINEPREFIX
# winemenubuilder is off: an installer under test must not add menu entries to the Linux desktop.
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d" WINEARCH=win64
if [ ! -f "$WINEPREFIX/system.reg" ]; then
    mkdir -p "$WINEPREFIX"
    # Two first runs at once would both make the prefix: one makes it, the other waits.
    (flock 9; [ -f "$WINEPREFIX/system.reg" ] || { wineboot -i >/dev/null 2>&1; wineserver -w; }) 9>"$WINEPREFIX.lock"
fi
exec wine "$@"
