#!/bin/sh
# A week's check-in at the keyboard in the real window under Xvfb: Ctrl+2, arrows and Space
# through the actions, N and a Hangul note, Esc, Ctrl+S, Ctrl+Q. Checks the file through
# `mandalart status` and prints how many keystrokes and seconds the check-in took.
set -eu
BIN=$1
. "$(dirname "$0")/window.sh"
make_example_plan "$BIN"

start_editor "$BIN" "$PLAN" "$WORK/stderr"

# Sub-goal 1: 1.1 (3/week) done twice, 1.2 (7/week) five times, 1.3 (5/week) three times,
# 1.4 (5/week) once; then down to 1.8 (2/month) once and 2.1 (3/week) three times.
KEYS="ctrl+2 space space Down space space space space space Down space space space Down space
      Down Down Down space Down space space space"
START=$(date +%s.%N)
# shellcheck disable=SC2086  # one word per key
KEY_DELAY=120 press $KEYS
wait_state "the check-in list" "view=checkin"
press n
wait_state "the week note open for typing" "editing=1"
type_text "좋은 한 주"
KEY_DELAY=120 press Escape
save
END=$(date +%s.%N)
quit_editor

STATUS=$("$BIN" status "$PLAN" --week 2026-W10 --format json)
printf "%s" "$STATUS" | python3 -c '
import json, sys
s = json.load(sys.stdin)
counts = {a["id"]: a["count"] for a in s["actions"]}
want = {"1.1": 2, "1.2": 5, "1.3": 3, "1.4": 1, "1.8": 1, "2.1": 3}
bad = {k: (counts.get(k), v) for k, v in want.items() if counts.get(k) != v}
others = {k: v for k, v in counts.items() if v and k not in want}
if bad or others or s["note"] != "좋은 한 주":
    print("got", bad, others, repr(s["note"])); sys.exit(1)
' || fail "the check-in did not reach the file as typed"
NKEYS=$(echo "$KEYS" | wc -w)
awk -v s="$START" -v e="$END" -v k="$NKEYS" 'BEGIN { printf "ok: a week'"'"'s check-in: %d keys + N, a 5-character note, Esc, Ctrl+S in %.1f s (xdotool, 120 ms a key)\n", k, e - s }'
