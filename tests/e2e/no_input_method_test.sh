#!/bin/sh
# Without IBus or Fcitx5 the editor types as before (keys and XIM), says which path it took, and
# starts nothing while looking for them: no session bus is autolaunched when there is none, and a
# session bus is not asked to start an input method that is installed but not running.
set -eu
BIN=$1
. "$(dirname "$0")/window.sh"
export MANDALART_DEBUG_IME=1 HOME="$WORK/home"
mkdir -p "$HOME"
PLAN="$WORK/plan.mandalart.json"
"$BIN" new "$PLAN" --year 2026 >/dev/null

# A bus or input method the editor started carries its environment (the work folder's settings);
# one the test's session bus started for it owns an input method's name there. Other tests'
# processes, running beside this one, have neither.
started_by_editor() {
    for p in $(pgrep -f 'dbus-launch|dbus-daemon|fcitx5|ibus-daemon' 2>/dev/null); do
        # (other tests' processes may end meanwhile: their /proc entries go with them)
        { tr '\0' '\n' < "/proc/$p/environ"; } 2>/dev/null | grep -qx "XDG_CONFIG_HOME=$WORK/config" &&
            echo "$p: $({ tr '\0' ' ' < "/proc/$p/cmdline"; } 2>/dev/null)"
    done
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.ListNames 2>/dev/null |
        grep -o '"org.freedesktop.IBus[^"]*"\|"org.fcitx.Fcitx[^"]*"' || true
}
BEFORE=$(started_by_editor)
[ -z "$BEFORE" ] || fail "an input method runs before the test: $BEFORE"

# No session bus at all.
(unset DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR; start_editor "$BIN" "$PLAN" "$WORK/stderr"; quit_editor)
grep -q "XIM as before" "$WORK/stderr" || fail "the editor did not say it fell back to XIM: $(cat "$WORK/stderr")"
[ ! -d "$HOME/.dbus/session-bus" ] || fail "the editor autolaunched a session bus"

# A session bus where no input method runs (both are installed, so the bus could start one):
# the test's own (tests/e2e/own_display.sh).
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || fail "no session bus of the test's own"
start_editor "$BIN" "$PLAN" "$WORK/stderr"
type_text "plain keys"
press Return
save
quit_editor
grep -q "XIM as before" "$WORK/stderr" || fail "the editor found an input method that was not running: $(cat "$WORK/stderr")"
[ "$(started_by_editor)" = "$BEFORE" ] || fail "an input method or bus was started: $(started_by_editor)"
GOT=$("$BIN" show "$PLAN" --format json | python3 -c "import json,sys; print(json.load(sys.stdin)['grid'][4][4])")
[ "$GOT" = "plain keys" ] || fail "typing without an input method gave '$GOT'"
echo "ok: without an input method the editor types as before and starts none"
