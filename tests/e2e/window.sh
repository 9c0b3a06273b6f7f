# Sourced by the e2e tests that drive the real window (each on a display of its own:
# tests/e2e/own_display.sh): a work folder that is removed on exit (with the editor killed and its
# stderr shown), fail(), starting and quitting the editor, and keys that wait until the window
# has acted on them. Nothing here waits for a time: each step waits for a state the window
# publishes (platform/ui_state_property: keys received, view, text, editing, dirty, modal), the
# title, a file, or the process, with a deadline and a message naming what was awaited.
[ -n "${DISPLAY:-}" ] || { echo "needs an X display of its own (tests/e2e/own_display.sh)" >&2; exit 1; }
E2E=${E2E:-$(dirname "$0")}  # this folder (a script elsewhere, such as bench/ime_latency.sh, sets it)
. "$E2E/work_folder.sh"
PID=""
trap 'kill "$PID" 2>/dev/null || true; cat "$WORK/stderr" 2>/dev/null >&2 || true; rm -rf "$WORK"' EXIT
export LANG=ko_KR.UTF-8

# The Korean example plan in the work folder, on a fixed Wednesday (2026-W10): sets PLAN.
make_example_plan() {  # BIN
    export MANDALART_TODAY=2026-03-04
    PLAN="$WORK/2026.mandalart.json"
    "$1" new "$PLAN" --example >/dev/null
    # Last week was checked in, so the check-in tab opens on this week (not on a missed one).
    "$1" check "$PLAN" --week 2026-W09 --note "지난주" >/dev/null
}

# Polls (every 0.1 s, up to 30 s: the machine may be busy) until the command succeeds.
eventually() {  # WHAT COMMAND...
    what=$1
    shift
    for _ in $(seq 1 300); do
        "$@" && return 0
        sleep 0.1
    done
    return 1
}

# What the window shows, once it has settled after the last input:
#   keys=14 view=chart text=1 composing=0 editing=1 dirty=1 modal=-
ui_state() { xprop -id "$WIN" -notype _MANDALART_UI_STATE 2>/dev/null | sed -n 's/^_MANDALART_UI_STATE = "\(.*\)"$/\1/p'; }
state_has() {  # WORD...: the window's state holds every word
    s=" $(ui_state) "
    for w; do case "$s" in *" $w "*) ;; *) return 1 ;; esac; done
}
# Waits until the window's state holds every WORD ("view=checkin", "modal=recover", "dirty=0").
wait_state() {  # WHAT WORD...
    what=$1
    shift
    eventually "$what" state_has "$@" && return 0
    kill -0 "$PID" 2>/dev/null || fail "waiting for $what ($*): the editor exited: $(cat "$WORK/stderr" 2>/dev/null)"
    fail "waited 30 s for $what ($*): the window shows '$(ui_state)'"
}
wait_title() {  # WHAT PATTERN: the window's title matches the shell pattern
    eventually "$1" title_matches "$2" && return 0
    fail "waited 30 s for $1: the title is '$(xdotool getwindowname "$WIN" 2>/dev/null)'"
}
title_matches() { case "$(xdotool getwindowname "$WIN" 2>/dev/null)" in $1) return 0 ;; esac; return 1; }

# Starts the editor on a plan (PLAN empty: none named, as the desktop's launcher starts it), finds
# its window and waits for its first settled frame with the plan in the title: sets PID and WIN,
# and counts the keys sent to it from 0.
start_editor() {  # BIN PLAN STDERR_FILE
    if [ -n "$2" ]; then "$1" "$2" 2>"$3" & else "$1" 2>"$3" & fi
    PID=$!
    WIN=""
    KEYS_SENT=0
    for _ in $(seq 1 300); do  # up to 30 s
        WIN=$(xdotool search --onlyvisible --pid "$PID" 2>/dev/null | head -1 || true)
        [ -n "$WIN" ] && break
        kill -0 "$PID" 2>/dev/null || fail "the editor exited before its window appeared: $(cat "$3")"
        sleep 0.1
    done
    [ -n "$WIN" ] || fail "no window appeared for pid $PID within 30 s: $(cat "$3")"
    xdotool windowfocus --sync "$WIN"
    wait_title "the plan's name in the title" "*.mandalart.json*"
    wait_state "the first settled frame" "keys=0"
}

# Sends keys (xdotool names: Return, ctrl+s, space) as real keycodes (XTEST), which is what an
# input method sees, to the window (focused first when it is not), or with KEYS_TO_FOCUS=1 to
# whatever has the focus. Never addressed to the window itself: a key that closes it (Ctrl+Q)
# would make xdotool fail on the window gone before the key's release, and leave the key held
# down in the X server, repeating into the next editor started on the display.
send_keys() {  # KEY...
    if [ "${KEYS_TO_FOCUS:-0}" != 1 ] && [ "$(xdotool getwindowfocus 2>/dev/null)" != "$WIN" ]; then
        xdotool windowfocus --sync "$WIN"
    fi
    xdotool key --delay "${KEY_DELAY:-40}" "$@"
}

# Sends keys, one key per word, and waits until the window has received every one and settled.
press() {  # KEY...
    send_keys "$@"
    KEYS_SENT=$((KEYS_SENT + $#))
    wait_state "the window to act on the keys $*" "keys=$KEYS_SENT"
}

# Types UTF-8 text into the window, and waits until it has received every character. Its Hangul
# is bound to keycodes first (tests/e2e/x_keymap.cpp, when built), so xdotool need not remap the
# keyboard while typing.
type_text() {  # TEXT
    if [ -n "${MANDALART_X_KEYMAP:-}" ]; then "$MANDALART_X_KEYMAP" "$1"; fi
    LC_ALL=C.UTF-8 xdotool type --window "$WIN" --delay 60 "$1"
    KEYS_SENT=$((KEYS_SENT + $(printf '%s' "$1" | LC_ALL=C.UTF-8 wc -m)))
    wait_state "the window to take '$1'" "keys=$KEYS_SENT"
}

# Waits (up to 30 s) for the editor to exit, and fails if it exited with an error.
wait_exit() {  # WHAT
    eventually "$1" process_gone ||
        fail "$1: the editor is still running (title: $(xdotool getwindowname "$WIN" 2>/dev/null); state: $(ui_state)): $(cat "$WORK/stderr" 2>/dev/null | tr '\n' ' ')"
    wait "$PID" || fail "$1: the editor exited with an error: $(cat "$WORK/stderr" 2>/dev/null)"
}
process_gone() { ! kill -0 "$PID" 2>/dev/null; }

# Ctrl+Q, then waits for the editor to exit cleanly.
quit_editor() {
    send_keys ctrl+q
    wait_exit "the editor to quit on Ctrl+Q"
}

# Ctrl+S, then waits until the title says nothing is unsaved.
save() {
    press ctrl+s
    wait_state "the plan saved" "dirty=0"
}
