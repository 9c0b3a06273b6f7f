#!/bin/sh
# The Windows program's window under Wine, on this test's own X display (tests/e2e/own_display.sh):
#  1. --screenshot of the example plan, opened from a Hangul path in the Documents folder: the
#     chart drawn with Hangul (from the Nanum Gothic shipped beside the program: Wine has no
#     Korean font), checked for size and for ink, and kept for a person to look at;
#  2. the real window: a new plan, text typed with xdotool into the core goal, Ctrl+S, Ctrl+Q;
#     the file must hold the text. It waits for states (the window, the file), never for time.
#   tests/windows/window_test.sh BUILD_WINDOWS_DIR [SCREENSHOT_DIR]
set -eu
BUILD=$(cd "$1" && pwd)
SHOTS=${2:-}
HERE=$(cd "$(dirname "$0")" && pwd)
WINE="$HERE/../../scripts/wine.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }
. "$(dirname "$0")/wine_test.sh"
work=$(mktemp -d)
trap 'kill "$editor" 2>/dev/null || true; rm -rf "$work"' EXIT
editor=""
export LANG=C.UTF-8 LC_ALL=C.UTF-8


# 1. The chart, from a plan at a Hangul path.
docs=$("$WINE" "$BUILD/mandalart.com" --version >/dev/null && echo "${WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/mandalart/wine}/drive_c/users/$(id -un)/Documents")
plan_windows='C:\users\'"$(id -un)"'\Documents\김지은 2026 만다라트.mandalart.json'
rm -f "$docs/김지은 2026 만다라트.mandalart.json"  # a run stopped half-way
"$WINE" "$BUILD/mandalart.com" new --example "$plan_windows" --year 2026 >/dev/null || fail "new at a Hangul path"
[ -f "$docs/김지은 2026 만다라트.mandalart.json" ] || fail "the plan is not where Windows named it"
"$WINE" "$BUILD/mandalart.exe" "$plan_windows" --screenshot "$(windows_path "$work/chart.png")" --size 1200x860 --lang ko \
    2>"$work/stderr" || fail "the screenshot: $(cat "$work/stderr")"
size=$(identify -format '%wx%h' "$work/chart.png")
[ "$size" = 1200x860 ] || fail "the screenshot is $size, not 1200x860"
colours=$(convert "$work/chart.png" -format '%k' info:)
[ "$colours" -gt 200 ] || fail "the screenshot has $colours colours: nothing drawn"
grep -q 'No Korean font' "$work/stderr" && fail "no Korean font: $(cat "$work/stderr")"
rm -f "$docs/김지은 2026 만다라트.mandalart.json"

# 2. The real window: type, save, quit.
plan="$work/typed.mandalart.json"
"$WINE" "$BUILD/mandalart.com" new "$(windows_path "$plan")" --year 2026 >/dev/null || fail "new"
"$WINE" "$BUILD/mandalart.exe" "$(windows_path "$plan")" --lang en 2>"$work/editor.err" &
editor=$!
wait_for "the window" xdotool search --name "typed.mandalart.json"
window=$(xdotool search --name "typed.mandalart.json" | head -1)
xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
# The selection starts on the core goal: typing starts editing it; Enter commits it.
xdotool type --delay 60 "Grow 2026"
xdotool key Return
xdotool key ctrl+s
wait_for "the typed text in the saved file" grep -q '"Grow 2026"' "$plan"
[ -n "$SHOTS" ] && import -window root "$SHOTS/windows-window.png"
xdotool key ctrl+q
wait_for "the editor to quit" sh -c "! kill -0 $editor"
editor=""
"$WINE" "$BUILD/mandalart.com" validate "$(windows_path "$plan")" >/dev/null || fail "the saved plan does not validate"
[ -n "$SHOTS" ] && cp "$work/chart.png" "$SHOTS/windows-chart.png"
echo "ok: the chart drawn with Hangul under Wine; typed text saved through the real window"
