#!/bin/sh
# Hangul typed through a real input method into the Windows program under Wine: ibus-daemon with
# ibus-hangul over XIM on this test's own display (tests/e2e/own_display.sh,
# tests/e2e/ime_session.sh); Wine turns XIM's preedit and commits into WM_IME_COMPOSITION
# (GCS_COMPSTR, GCS_RESULTSTR), which the program's IMM32 layer draws in the cell and commits.
# Keys are keycodes (dkssud = 안녕), then Enter; the autosave must bring 안녕 to the file.
# Ctrl-chords are not sent: under Wine, a key ibus forwards back over XIM loses its Ctrl (seen:
# Ctrl+S typed an "s"), which is Wine's XIM bridge, not the program (cmd and GLFW get Ctrl+S
# without an input method: tests/windows/window_test.sh).
#   tests/windows/ime_test.sh BUILD_WINDOWS_DIR [SCREENSHOT_DIR]
set -eu
BUILD=$(cd "$1" && pwd)
SHOTS=${2:-}
E2E=$(cd "$(dirname "$0")/../e2e" && pwd)
WINE="$(cd "$(dirname "$0")/../.." && pwd)/scripts/wine.sh"
# The suite's Wine prefix (scripts/wine.sh), named before ime_session.sh moves HOME.
export WINEPREFIX="${WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/mandalart/wine}"
WORK=$(mktemp -d)
editor=""
fail() { echo "FAIL: $*" >&2; exit 1; }
. "$(dirname "$0")/wine_test.sh"
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_STATE_HOME="$WORK/state"
. "$E2E/ime_session.sh"
cleanup() {
    [ -n "$editor" ] && kill -9 "$editor" 2>/dev/null || true
    stop_input_method
    rm -rf "$WORK"
}
trap cleanup EXIT
core_is() { python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["core"] == sys.argv[2] else 1)' "$1" "$2"; }

start_input_method ibus
plan="$WORK/ime.mandalart.json"
windows_plan="$(windows_path "$plan")"
"$WINE" "$BUILD/mandalart.com" new "$windows_plan" --year 2026 >/dev/null || fail "new"
"$WINE" "$BUILD/mandalart.exe" "$windows_plan" --lang ko 2>"$WORK/editor.err" &
editor=$!
wait_for "the window" xdotool search --name ime.mandalart.json
window=$(xdotool search --name ime.mandalart.json | head -1)
xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
xdotool key --delay 120 d k s s u d
[ -n "$SHOTS" ] && import -window root "$SHOTS/windows-ime-composing.png"
xdotool key Return
wait_for "안녕 in the autosaved file" core_is "$plan" "안녕"
[ -n "$SHOTS" ] && import -window root "$SHOTS/windows-ime-committed.png"
echo "ok: 안녕 typed through ibus-hangul over XIM reached the file through IMM32 messages under Wine"
