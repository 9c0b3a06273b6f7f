#!/bin/sh
# Typing straight onto selected cells, word-Tab-word at 50 ms a key in one burst, where each word
# starts with a syllable never drawn before in the window (so each asks the font atlas for a new
# glyph as its key arrives): every cell holds its word, every character of it, in its place.
set -eu
BIN=$1
. "$(dirname "$0")/window.sh"
PLAN="$WORK/plan.mandalart.json"
"$BIN" new "$PLAN" --year 2026 >/dev/null
start_editor "$BIN" "$PLAN" "$WORK/stderr"
# Thirty syllables far apart in the Hangul block (none in the UI's strings), each + 다; Tab walks
# the filling order: the core, the sub-goals, then the actions.
WORDS=$(python3 -c "print('\t'.join(chr(cp) + '다' for cp in range(0xC544 + 3, 0xD7A3, 150)[:30]))")
[ "$(printf '%s' "$WORDS" | tr '\t' '\n' | wc -l)" = 29 ] || fail "the test made the wrong number of words"
if [ -n "${MANDALART_X_KEYMAP:-}" ]; then "$MANDALART_X_KEYMAP" "$WORDS"; fi
LC_ALL=C.UTF-8 xdotool type --window "$WIN" --delay 50 "$WORDS"
KEYS_SENT=$(printf '%s' "$WORDS" | LC_ALL=C.UTF-8 wc -m)
wait_state "the window to take all thirty words" "keys=$KEYS_SENT"
press Tab
save
quit_editor
"$BIN" show "$PLAN" --format json | python3 -c '
import json, sys
from itertools import chain
grid = json.load(sys.stdin)["grid"]
words = sys.argv[1].split("\t")
cells = [c for c in chain.from_iterable(grid) if c]
lost = [w for w in words if w not in cells]
odd = [c for c in cells if c not in words]
if lost or odd or len(cells) != len(words) + 8:  # each sub-goal shows twice: in the centre and its block
    print("lost:", lost, "unexpected cells:", odd, "cells:", len(cells)); sys.exit(1)
' "$WORDS" || fail "typing straight into new cells lost or changed characters"
echo "ok: 30 words, each starting with a syllable never drawn before, typed word-Tab-word at 50 ms a key: every character in its cell"
