#!/bin/sh
# `mandalart FILE --screenshot OUT.png` on the example plan gives a real, non-blank picture,
# for the grid, a focus view, and the check-in and review tabs of a simulated year.
set -eu
BIN=$1
CHECK=$2
. "$(dirname "$0")/work_folder.sh"
"$BIN" new "$WORK/example.mandalart.json" --example --year 2026
"$BIN" "$WORK/example.mandalart.json" --screenshot "$WORK/grid.png" --size 1280x900
"$CHECK" "$WORK/grid.png" 1280 900 200
"$BIN" "$WORK/example.mandalart.json" --screenshot "$WORK/focus.png" --view focus:3 --size 1200x800
"$CHECK" "$WORK/focus.png" 1200 800 200
MANDALART_TODAY=2026-11-19 "$BIN" new "$WORK/year.mandalart.json" --example --simulate --year 2026
MANDALART_TODAY=2026-11-19 "$BIN" "$WORK/year.mandalart.json" --screenshot "$WORK/checkin.png" --view checkin --size 1280x860
"$CHECK" "$WORK/checkin.png" 1280 860 200
MANDALART_TODAY=2026-12-28 "$BIN" new "$WORK/full.mandalart.json" --example --simulate --year 2026
MANDALART_TODAY=2026-12-28 "$BIN" "$WORK/full.mandalart.json" --screenshot "$WORK/review.png" --view review --size 1280x900
"$CHECK" "$WORK/review.png" 1280 900 200
# A bad file is refused with one line and exit 1, and nothing is written.
printf '{"format": "mandalart",' > "$WORK/bad.mandalart.json"
if "$BIN" "$WORK/bad.mandalart.json" --screenshot "$WORK/bad.png" 2>"$WORK/err"; then exit 1; fi
[ ! -e "$WORK/bad.png" ] && [ "$(wc -l < "$WORK/err")" = 1 ]
echo ok
