# Sourced by the e2e tests that drive the real window: a work folder that is removed on exit
# (with the editor killed and its stderr shown), fail(), and starting and quitting the editor.
[ -n "${DISPLAY:-}" ] || { echo "needs an X display (run under xvfb-run)" >&2; exit 1; }
. "$(dirname "$0")/work_folder.sh"
PID=""
trap 'kill "$PID" 2>/dev/null || true; cat "$WORK/stderr" 2>/dev/null >&2 || true; rm -rf "$WORK"' EXIT
export LANG=ko_KR.UTF-8
# Keycodes an earlier test bound to Hangul are free again (tests/e2e/x_keymap.cpp).
if [ -n "${MANDALART_X_KEYMAP:-}" ]; then "$MANDALART_X_KEYMAP" --reset; fi

# The Korean example plan in the work folder, on a fixed Wednesday (2026-W10): sets PLAN.
make_example_plan() {  # BIN
    export MANDALART_TODAY=2026-03-04
    PLAN="$WORK/2026.mandalart.json"
    "$1" new "$PLAN" --example >/dev/null
    # Last week was checked in, so the check-in tab opens on this week (not on a missed one).
    "$1" check "$PLAN" --week 2026-W09 --note "지난주" >/dev/null
}

# Starts the editor on a plan and finds its window: sets PID and WIN.
start_editor() {  # BIN PLAN STDERR_FILE
    "$1" "$2" 2>"$3" &
    PID=$!
    WIN=""
    for _ in $(seq 1 300); do  # up to 30 s: the machine may be busy with the previous test
        WIN=$(xdotool search --onlyvisible --pid "$PID" 2>/dev/null | head -1 || true)
        [ -n "$WIN" ] && break
        kill -0 "$PID" 2>/dev/null || fail "the editor exited before its window appeared: $(cat "$3")"
        sleep 0.1
    done
    if [ -z "$WIN" ]; then  # say what there is, to tell a slow start from a missing window
        for w in $(xdotool search --onlyvisible --name . 2>/dev/null); do
            echo "visible window $w: pid $(xdotool getwindowpid "$w" 2>/dev/null || echo ?), $(xdotool getwindowname "$w" 2>/dev/null)" >&2
        done
        ps -o pid,stat,etime,args -p "$PID" >&2 || true
        fail "no window appeared for pid $PID: $(cat "$3")"
    fi
    # The title names the plan once the first frame is drawn (until then keys could arrive
    # before the editor's first prompt or view exists).
    for _ in $(seq 1 100); do
        case "$(xdotool getwindowname "$WIN" 2>/dev/null)" in *.mandalart.json*) break ;; esac
        sleep 0.1
    done
    xdotool windowfocus --sync "$WIN"
    sleep 0.5
}

# Types UTF-8 text into the window, 150 ms per character. Its Hangul is bound to keycodes first
# (tests/e2e/x_keymap.cpp, when built), so xdotool need not remap the keyboard while typing.
type_text() {  # TEXT
    if [ -n "${MANDALART_X_KEYMAP:-}" ]; then "$MANDALART_X_KEYMAP" "$1"; fi
    LC_ALL=C.UTF-8 xdotool type --window "$WIN" --delay 150 "$1"
    sleep 0.3
}

# Ctrl+Q, then waits for the editor to exit cleanly.
quit_editor() {
    xdotool key --window "$WIN" ctrl+q 2>/dev/null || true  # the window may be gone before the key is released
    for _ in $(seq 1 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$PID" 2>/dev/null && fail "the editor did not quit on Ctrl+Q"
    wait "$PID" || fail "the editor exited with an error"
}
