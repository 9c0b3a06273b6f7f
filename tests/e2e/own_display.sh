#!/bin/sh
# Runs one window test alone: on an X display of its own (a private Xvfb on the first free display
# number, which Xvfb picks itself, so `ctest -j` can run window tests side by side), with a session
# bus of its own (nothing on it: the tests that want an input method start one there) and a
# runtime folder of its own; all of them ended when the test ends, whatever way it ends.
#   tests/e2e/own_display.sh COMMAND [ARGS...]
# MANDALART_SCREEN=1920x1080x24 gives the display another size (1280x1024x24 by default), for
# screenshots at a large window size.
set -eu
fail() { echo "FAIL: $*" >&2; exit 1; }
HERE=$(mktemp -d)
chmod 700 "$HERE"
XVFB=""
stop() {
    if [ -n "$XVFB" ]; then
        kill "$XVFB" 2>/dev/null || true
        wait "$XVFB" 2>/dev/null || true
    fi
    rm -rf "$HERE"
}
trap stop EXIT
trap 'exit 143' TERM INT HUP  # ctest's time-out: still end the display

# -displayfd: Xvfb writes its display number there once it takes clients. -noreset: it would
# otherwise reset whenever its last client leaves, and refuse the next one meanwhile.
Xvfb -displayfd 3 -screen 0 "${MANDALART_SCREEN:-1280x1024x24}" -nolisten tcp -noreset 3>"$HERE/display" 2>"$HERE/xvfb.log" &
XVFB=$!
tries=0
until grep -q '^[0-9][0-9]*$' "$HERE/display" 2>/dev/null; do
    kill -0 "$XVFB" 2>/dev/null || fail "Xvfb did not start: $(tail -3 "$HERE/xvfb.log")"
    tries=$((tries + 1))
    [ "$tries" -le 600 ] || fail "Xvfb took no clients within 30 s: $(tail -3 "$HERE/xvfb.log")"
    sleep 0.05
done
DISPLAY=:$(cat "$HERE/display")
mkdir -m 700 "$HERE/runtime"
export DISPLAY XDG_RUNTIME_DIR="$HERE/runtime"
# Nothing of the desktop the suite was started from: its input method and its bus stay out.
unset XMODIFIERS GTK_IM_MODULE QT_IM_MODULE DBUS_SESSION_BUS_ADDRESS WAYLAND_DISPLAY XAUTHORITY
set +e
dbus-run-session -- "$@"
code=$?
set -e
exit "$code"
