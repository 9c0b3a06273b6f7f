#!/bin/sh
# Runs a Windows program under Wine, in the project's own Wine prefix (made on first use), quietly:
# no debug chatter, no Mono or Gecko prompts. ctest runs the Windows test programs through it
# (cmake/mingw-w64.cmake); scripts/test.sh and scripts/package.sh use it too.
#   scripts/wine.sh PROGRAM.exe [ARGS...]      (WINEPREFIX may name another prefix)
: "${WINEPREFIX:=${XDG_CACHE_HOME:-$HOME/.cache}/mandalart/wine}"
export WINEPREFIX
# winemenubuilder is off: an installer under test must not add menu entries to the Linux desktop.
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d" WINEARCH=win64
if [ ! -f "$WINEPREFIX/system.reg" ] || [ ! -f "$WINEPREFIX/drive_c/windows/system32/kernel32.dll" ]; then
    mkdir -p "$WINEPREFIX"
    # Two first runs at once would both make the prefix: one makes it, the other waits.
    # 96 dpi, as a Windows desktop at 100 %: Wine would take Xvfb's (112), and size windows by it.
    # The prefix is whole once its kernel32 is in place and its registry written; a first boot
    # that stops short (it has, on a busy machine) is done again.
    (flock 9; { [ -f "$WINEPREFIX/system.reg" ] && [ -f "$WINEPREFIX/drive_c/windows/system32/kernel32.dll" ]; } || for attempt in 1 2 3; do
        wineboot -i >/dev/null 2>&1 || true
        wineserver -w
        if [ -f "$WINEPREFIX/drive_c/windows/system32/kernel32.dll" ] && [ -f "$WINEPREFIX/system.reg" ]; then
            wine reg add 'HKCU\Control Panel\Desktop' /v LogPixels /t REG_DWORD /d 96 /f >/dev/null 2>&1
            wineserver -w
            break
        fi
        echo "wine.sh: the prefix's first boot stopped short (attempt $attempt); again" >&2
    done) 9>"$WINEPREFIX.lock"
fi
exec wine "$@"
