#!/bin/sh
# Hangul through a real input method, as a Korean user types it: 2-beolsik jamo keys as real
# keycodes (XTEST, like a keyboard) through ibus-hangul or fcitx5-hangul under Xvfb, into the
# real window. First the same keys in a GTK3 entry prove the setup; then every row of issue 14's
# table, each on a fresh editor, read back from the saved file, and nine words typed word-Tab-word at
# 50 ms a key; last, the input method quits. With MANDALART_SCREENSHOTS=DIR,
# screenshots mid-composition (chart cell, focus view, week note) are written there.
#   input_method_test.sh ibus|fcitx5 BIN
set -eu
IM=$1
BIN=$2
. "$(dirname "$0")/window.sh"
. "$(dirname "$0")/ime_session.sh"
trap 'kill "$PID" 2>/dev/null || true; stop_input_method; cat "$WORK/stderr" 2>/dev/null >&2 || true; rm -rf "$WORK"' EXIT
unset MANDALART_X_KEYMAP  # the keys here are real keys: nothing to bind
export MANDALART_TODAY=2026-03-04 MANDALART_DEBUG_IME=1  # the editor says which input path it took
start_input_method "$IM"

# Real keycodes to the focused window, as a keyboard types; each step waits until the editor has
# received them all (through the input method) and settled.
keys() { KEYS_TO_FOCUS=1 KEY_DELAY=90 press "$@"; }
shot() {  # NAME: the screen as it is now, when screenshots are asked for
    [ -n "${MANDALART_SCREENSHOTS:-}" ] || return 0
    mkdir -p "$MANDALART_SCREENSHOTS"
    import -window root "$MANDALART_SCREENSHOTS/$IM-$1.png"
}

# The reference client: the same keys give 안녕하세요 in a GTK entry.
start_gtk_reference
gtk_type 90 "안녕하세요" d k s s u d g k t p d y Return
stop_gtk_reference

PLAN="$WORK/plan.mandalart.json"
# A fresh plan (blank, or the Korean example), the core set to TEXT when given; the editor open.
open_plan() {  # blank|example [CORE_TEXT]
    rm -f "$PLAN"
    if [ "$1" = example ]; then "$BIN" new "$PLAN" --example >/dev/null; else "$BIN" new "$PLAN" --year 2026 >/dev/null; fi
    # Last week was checked in, so the check-in tab opens on this week (not on a missed one).
    [ "$1" != example ] || "$BIN" check "$PLAN" --week 2026-W09 --note "지난주" >/dev/null
    [ -z "${2:-}" ] || "$BIN" set "$PLAN" core "$2" >/dev/null
    start_editor "$BIN" "$PLAN" "$WORK/stderr"
    wait_state "$IM, $STEP: the editor talking to the input method" "ime=$IM"
}
still_open() {  # WHAT: the editor's window is still there
    xdotool search --onlyvisible --pid "$PID" >/dev/null 2>&1 ||
        fail "$IM, $1: the editor's window went away (pid $PID $(kill -0 "$PID" 2>/dev/null && echo running || echo gone)): $(cat "$WORK/stderr")"
}
# Ctrl+Q at the keyboard, as the user quits; waits for the editor to exit cleanly.
quit_here() {
    KEYS_TO_FOCUS=1 quit_editor
}
save_and_quit() {
    keys ctrl+s
    wait_state "$IM, $STEP: the plan saved" "dirty=0"
    quit_here
}
cell() { "$BIN" show "$PLAN" --format json | python3 -c "import json,sys; print(json.load(sys.stdin)['grid'][$1][$2])"; }
expect_cell() {  # ROW COL TEXT WHAT
    got=$(cell "$1" "$2")
    [ "$got" = "$3" ] || fail "$IM, $4: cell ($1,$2) holds '$got', expected '$3'"
}
week() { "$BIN" status "$PLAN" --week 2026-W10 --format json; }

# 1. dkssudgktpdy, Enter: the last syllable is committed before Enter ends the edit.
STEP="row 1"
open_plan blank
keys d k s s u d g k t p d y
shot chart-composing
keys Return
save_and_quit
expect_cell 4 4 "안녕하세요" "typing then Enter"

# 2. rkskek, Tab: 다 stays in the core; the next cell does not start an edit with it.
STEP="row 2"
open_plan blank
keys r k s k e k Tab Return Escape
save_and_quit
expect_cell 4 4 "가나다" "typing then Tab"
expect_cell 3 3 "" "typing then Tab (the next cell)"

# 3. On 가나: edit, ek, Backspace: Backspace takes ㅏ from 다, not the 나 before it.
STEP="row 3"
open_plan blank "가나"
keys Return e k BackSpace Return
save_and_quit
expect_cell 4 4 "가나ㄷ" "Backspace while composing"

# 4. rksk, then Left (and Right): 나 is committed where it was typed, then the caret moves.
STEP="row 4"
for arrow in Left Right; do
    open_plan blank
    keys r k s k "$arrow" Return
    save_and_quit
    expect_cell 4 4 "가나" "typing then $arrow"
    expect_cell 4 3 "" "typing then $arrow (left neighbour)"
    expect_cell 4 5 "" "typing then $arrow (right neighbour)"
done

# 5. One jamo on a filled cell, Backspace: only the jamo goes; Esc leaves the cell as it was.
STEP="row 5"
open_plan blank "지킬 목표"
keys r BackSpace Escape
save_and_quit
expect_cell 4 4 "지킬 목표" "a jamo then Backspace"

# 6. Esc while composing cancels the edit, and the syllable does not come back as a new edit
# (Enter would then commit it; it opens the cell's own text instead, and Esc closes it).
STEP="row 6"
open_plan blank "그대로"
keys r k s k Escape Return Escape
save_and_quit
expect_cell 4 4 "그대로" "Esc while composing"

# 7. Ctrl+S while composing saves the open edit, composing syllable included.
STEP="row 7"
open_plan blank
keys r k s k ctrl+s
wait_state "$IM, $STEP: the plan saved" "dirty=0"
quit_here
expect_cell 4 4 "가나" "Ctrl+S while composing"

# 8. The check-in list: Shift+Space (the input methods' toggle) ticks nothing, a plain Space
# ticks; N then Hangul keys write the note without a stray ㅜ.
STEP="row 8"
open_plan example
BEFORE=$(week)
keys ctrl+2 shift+space
wait_state "$IM: the check-in list" "view=checkin"
keys ctrl+s
[ "$(week)" = "$BEFORE" ] || fail "$IM: Shift+Space ticked an action in the check-in list"
keys space n
keys d k s s u d g k t p d y
shot week-note-composing
keys Escape
save_and_quit
week | python3 -c '
import json, sys
s = json.load(sys.stdin)
ticked = [a["id"] for a in s["actions"] if a["count"]]
if ticked != ["1.1"] or s["note"] != "안녕하세요":
    print("ticked", ticked, "note", repr(s["note"])); sys.exit(1)
' || fail "$IM: Space and the week note in the check-in list"

# 9. The focus view (Ctrl+Enter on sub-goal 1): typing on its selected cell composes in place.
STEP="row 9"
open_plan example
keys ctrl+1 Up Left ctrl+Return
wait_state "$IM, $STEP: the focus view" "view=focus"
still_open "the focus view"
keys Tab r k s k
still_open "composing in the focus view"
shot focus-composing
keys Return
save_and_quit
expect_cell 0 0 "가나" "the focus view's cell"

# 9b. A fast typist: nine words typed word-Tab-word at 50 ms a key (the first key of each word
# follows Tab within a few frames) land exactly in the core and the eight sub-goals.
STEP="row 9b"
open_plan blank
# shellcheck disable=SC2046  # one word per key
KEYS_TO_FOCUS=1 KEY_DELAY=50 press t j d w k d Tab r j s r k d Tab e h r t j Tab d u d d j Tab d n s e h d Tab \
    w j c n r Tab r k w h r Tab d u g o d Tab r h d q n Tab
save_and_quit
WORDS="성장 건강 독서 영어 운동 저축 가족 여행 공부"
GOT=$("$BIN" show "$PLAN" --format json | python3 -c 'import json, sys; g = json.load(sys.stdin)["grid"]
print(" ".join(g[r][c] for r, c in [(4, 4), (3, 3), (3, 4), (3, 5), (4, 3), (4, 5), (5, 3), (5, 4), (5, 5)]))')
[ "$GOT" = "$WORDS" ] || fail "$IM, word-Tab-word at 50 ms a key gave '$GOT', typed '$WORDS'"

# 9c. The input mode shows by the caret and follows the input method's own switch (Shift+Space
# in ibus-hangul, Ctrl+Space in Fcitx5): 한 while typing Hangul, A while typing Latin letters.
STEP="row 9c"
open_plan blank
keys Return
wait_state "$IM, $STEP: 한 by the caret" "mode=native"
shot mode-hangul
TOGGLE=shift+space
[ "$IM" = fcitx5 ] && TOGGLE=ctrl+space
keys "$TOGGLE"
wait_state "$IM, $STEP: A by the caret after $TOGGLE" "mode=latin"
keys a b
shot mode-latin
keys "$TOGGLE"
wait_state "$IM, $STEP: 한 by the caret again after $TOGGLE" "mode=native"
keys r k Return
save_and_quit
expect_cell 4 4 "ab가" "typing across a switch to Latin and back"

# 10. The input method quits mid-syllable: the syllable stays, and later keys type as plain keys.
STEP="row 10"
open_plan blank
keys r k
stop_input_method
wait_state "$IM, $STEP: the editor noticing the input method has gone" "ime=none"
xdotool windowfocus --sync "$WIN"  # no window manager: focus went with the input method's windows
keys a b c Return
save_and_quit
expect_cell 4 4 "가abc" "the input method quit while composing"
echo "ok: $IM: every row of the table gives the GTK entry's result"
