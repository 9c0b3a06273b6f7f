#!/bin/sh
# The window tells the window manager its smallest size (640x480, the layout's minimum), and
# --screenshot refuses a smaller size; --theme and --lang capture each look.
set -eu
BIN=$1
CHECK=$2
. "$(dirname "$0")/window.sh"
make_example_plan "$BIN"
start_editor "$BIN" "$PLAN" "$WORK/stderr"
HINTS=$(xprop -id "$WIN" WM_NORMAL_HINTS)
echo "$HINTS" | grep -q "minimum size: 640 by 480" || fail "no 640x480 minimum size in WM_NORMAL_HINTS: $HINTS"
quit_editor
if "$BIN" "$PLAN" --screenshot "$WORK/tiny.png" --size 320x240 2>"$WORK/err"; then fail "a 320x240 screenshot was taken"; fi
grep -q "640x480" "$WORK/err" || fail "the refusal does not name the smallest size: $(cat "$WORK/err")"
for look in "light ko" "dark en"; do
    set -- $look
    "$BIN" "$PLAN" --screenshot "$WORK/$1.png" --size 640x480 --theme "$1" --lang "$2"
    "$CHECK" "$WORK/$1.png" 640 480 200
done
cmp -s "$WORK/light.png" "$WORK/dark.png" && fail "--theme dark gave the same picture as light"
echo ok
