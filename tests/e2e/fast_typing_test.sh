#!/bin/sh
# A fast typist through a real input method (issue 25): nine words typed word-Tab-word at 30, 50
# and 80 ms a key, on an idle machine and with both cores busy, land exactly in the core and the
# eight sub-goals; and at 50 ms, words left every other way (Enter and an arrow, Ctrl+S, Esc,
# typing straight onto the next cell, a click) keep every syllable where it was typed. Before each
# speed, a GTK entry on the same display, through the same input method, gets the same keys (words
# separated by spaces) at the same speed: if it does not show them exactly, the harness failed.
#   fast_typing_test.sh ibus|fcitx5 BIN
set -eu
IM=$1
BIN=$2
. "$(dirname "$0")/window.sh"
. "$(dirname "$0")/ime_session.sh"
BUSY=""
calm() {
    [ -z "$BUSY" ] || kill $BUSY 2>/dev/null || true
    BUSY=""
}
trap 'calm; kill "$PID" 2>/dev/null || true; stop_input_method; cat "$WORK/stderr" 2>/dev/null >&2 || true; rm -rf "$WORK"' EXIT
unset MANDALART_X_KEYMAP  # real keys: nothing to bind
export MANDALART_TODAY=2026-03-04
start_input_method "$IM"
start_gtk_reference

WORDS="성장 건강 독서 영어 운동 저축 가족 여행 공부"
# The nine words' keys (two-set Hangul layout), each word followed by SEP.
nine_words() {  # SEP
    echo "t j d w k d _ r j s r k d _ e h r t j _ d u d d j _ d n s e h d _ w j c n r _ r k w h r _ d u g o d _ r h d q n _" |
        sed "s/_/$1/g"
}
busy() {  # both cores, as a build beside the editor
    for _ in 1 2; do
        sh -c 'while :; do :; done' &
        BUSY="$BUSY $!"
    done
}
PLAN="$WORK/plan.mandalart.json"
open_blank() {
    rm -f "$PLAN"
    "$BIN" new "$PLAN" --year 2026 >/dev/null
    start_editor "$BIN" "$PLAN" "$WORK/stderr"
    wait_state "$IM: the editor talking to the input method" "ime=$IM"
}
save_and_quit() {
    KEYS_TO_FOCUS=1 press ctrl+s
    wait_state "$IM: the plan saved" "dirty=0"
    KEYS_TO_FOCUS=1 quit_editor
}
cells() {  # ROW,COL...: their texts, space-separated
    "$BIN" show "$PLAN" --format json | python3 -c 'import json, sys
g = json.load(sys.stdin)["grid"]
print(" ".join(g[int(p.split(",")[0])][int(p.split(",")[1])] for p in sys.argv[1:]))' "$@"
}
# The middle of cell ROW COL in the window (the chart fills it below the menu and the tabs).
cell_at() {  # ROW COL: prints "X Y", window coordinates
    eval "$(xdotool getwindowgeometry --shell "$WIN")"
    awk -v r="$1" -v c="$2" -v w="$WIDTH" -v h="$HEIGHT" 'BEGIN {
        top = 69; bottom = h - 8; left = 12; right = w - 12
        printf "%d %d\n", left + (right - left) * (c + 0.5) / 9, top + (bottom - top) * (r + 0.5) / 9 }'
}

for load in idle busy; do
    [ "$load" = idle ] || busy
    for delay in 30 50 80; do
        # shellcheck disable=SC2046  # one key per word
        gtk_type "$delay" "$WORDS " $(nine_words space)
        open_blank
        # shellcheck disable=SC2046
        KEYS_TO_FOCUS=1 KEY_DELAY=$delay press $(nine_words Tab)
        save_and_quit
        GOT=$(cells 4,4 3,3 3,4 3,5 4,3 4,5 5,3 5,4 5,5)
        [ "$GOT" = "$WORDS" ] || fail "$IM, $load, word-Tab-word at $delay ms a key gave '$GOT', typed '$WORDS'"
        echo "ok: $IM, $load: word-Tab-word at $delay ms a key, as the GTK entry"
    done

    # Every other way of leaving a word, 50 ms a key: 성장 Enter Right 건강 Enter Right 독서 Enter
    # Down 영어 Ctrl+S Right 운동 Esc (the edit dropped) 저축 (straight onto the cell) Tab, a click
    # on (6,0) 가족, a click on (8,2) 여행 Enter.
    open_blank
    BEFORE="t j d w k d Return Right r j s r k d Return Right e h r t j Return Down d u d d j ctrl+s Right d n s e h d Escape w j c n r Tab"
    FIRST="r k w h r"
    SECOND="d u g o d Return"
    # shellcheck disable=SC2046,SC2086  # one key per word
    xdotool key --delay 50 $BEFORE \
        mousemove --window "$WIN" $(cell_at 6 0) click 1 sleep 0.05 key --delay 50 $FIRST \
        mousemove --window "$WIN" $(cell_at 8 2) click 1 sleep 0.05 key --delay 50 $SECOND
    KEYS_SENT=$(echo $BEFORE $FIRST $SECOND | wc -w)
    wait_state "$IM, $load: the window to act on every key" "keys=$KEYS_SENT"
    save_and_quit
    GOT=$(cells 4,4 4,5 4,6 5,6 5,7 6,0 8,2)
    WANT="성장 건강 독서 영어 저축 가족 여행"
    [ "$GOT" = "$WANT" ] || fail "$IM, $load, words left by Enter, arrows, Ctrl+S, Esc and clicks at 50 ms a key gave '$GOT', typed '$WANT'"
    [ -z "$(cells 5,8)" ] || fail "$IM, $load: the cell after Tab took '$(cells 5,8)'"
    echo "ok: $IM, $load: words left by Enter, arrows, Ctrl+S, Esc, typing on and clicks at 50 ms a key"
    calm
done
echo "ok: $IM: a fast typist's words, idle and busy, at 30, 50 and 80 ms a key"
