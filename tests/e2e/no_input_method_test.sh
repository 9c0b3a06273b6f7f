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

started_by_editor() {  # the bus and input-method processes started since the test began
    for name in dbus-launch fcitx5 ibus-daemon; do pgrep -n -f "^[^ ]*$name" -P 1 2>/dev/null || true; done
}
BEFORE=$(started_by_editor)

# No session bus at all.
(unset DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR; start_editor "$BIN" "$PLAN" "$WORK/stderr"; quit_editor)
grep -q "XIM as before" "$WORK/stderr" || fail "the editor did not say it fell back to XIM: $(cat "$WORK/stderr")"
[ ! -d "$HOME/.dbus/session-bus" ] || fail "the editor autolaunched a session bus"

# A session bus where no input method runs (both are installed, so the bus could start one).
eval "$(dbus-launch --sh-syntax)"
trap 'kill "$PID" "$DBUS_SESSION_BUS_PID" 2>/dev/null || true; cat "$WORK/stderr" >&2; rm -rf "$WORK"' EXIT
start_editor "$BIN" "$PLAN" "$WORK/stderr"
type_text "plain keys"
xdotool key --window "$WIN" Return
sleep 0.3
xdotool key --window "$WIN" ctrl+s
sleep 0.3
quit_editor
grep -q "XIM as before" "$WORK/stderr" || fail "the editor found an input method that was not running: $(cat "$WORK/stderr")"
[ "$(started_by_editor)" = "$BEFORE" ] || fail "an input method or bus was started: $(started_by_editor)"
GOT=$("$BIN" show "$PLAN" --format json | python3 -c "import json,sys; print(json.load(sys.stdin)['grid'][4][4])")
[ "$GOT" = "plain keys" ] || fail "typing without an input method gave '$GOT'"
echo "ok: without an input method the editor types as before and starts none"
