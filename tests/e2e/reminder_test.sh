#!/bin/sh
# The weekly reminder on the desktop (issue 27), against a stand-in notification service on this
# test's own session bus: a week with work left gets one notification, in Korean, whose "체크인"
# action opens the editor on the check-in; a skipped week gets none; with no notification service
# the line is printed and remind exits 0.
set -eu
BIN=$1
. "$(dirname "$0")/window.sh"
export MANDALART_TODAY=2026-03-04 MANDALART_REMIND_WAIT=20
PLAN="$WORK/2026.mandalart.json"
RECORD="$WORK/notifications.jsonl"
"$BIN" new "$PLAN" --example >/dev/null
: > "$RECORD"

# Debian's python3, with python3-gi
/usr/bin/python3 "$(dirname "$0")/notification_service.py" "$RECORD" action "$WORK/ready" &
SERVICE=$!
trap 'kill "$SERVICE" 2>/dev/null || true; pkill -f "$PLAN --view checkin" 2>/dev/null || true; rm -rf "$WORK"' EXIT
service_ready() { [ -s "$WORK/ready" ]; }
eventually "the stand-in notification service" service_ready || fail "the stand-in notification service did not start"

LINE=$("$BIN" remind "$PLAN") || fail "remind exited $?"
case "$LINE" in "이번 주 체크인: "*) ;; *) fail "remind printed: $LINE" ;; esac
[ "$(wc -l < "$RECORD")" = 1 ] || fail "expected one notification, got: $(cat "$RECORD")"
python3 - "$RECORD" <<'PY' || fail "the notification: $(cat "$RECORD")"
import json, sys
n = json.loads(open(sys.argv[1], encoding="utf-8").readline())
assert n["summary"] == "만다라트 체크인", n
assert n["body"].startswith("이번 주 체크인: "), n
assert "checkin" in n["actions"] and "체크인" in n["actions"], n
PY

# The action opened the editor, detached, on the check-in.
editor_running() { PID=$(pgrep -f -n "$PLAN --view checkin" || true); [ -n "$PID" ]; }
eventually "the editor opened by the notification's action" editor_running || fail "the notification's action opened no editor"
shows_window() { WIN=$(xdotool search --onlyvisible --pid "$PID" 2>/dev/null | head -1 || true); [ -n "$WIN" ]; }
eventually "the window of the editor opened by the action" shows_window || fail "the editor opened by the action shows no window"
KEYS_SENT=0
wait_state "the editor on the check-in" "view=checkin"
send_keys ctrl+q
eventually "the editor to quit" process_gone || fail "the editor opened by the action did not quit"

# A skipped week: no notification, nothing printed.
"$BIN" check "$PLAN" --week 2026-W10 --skip >/dev/null
[ -z "$("$BIN" remind "$PLAN")" ] || fail "a skipped week was reminded of"
[ "$(wc -l < "$RECORD")" = 1 ] || fail "a skipped week got a notification: $(cat "$RECORD")"

# No notification service: the line alone, exit 0.
"$BIN" check "$PLAN" --week 2026-W10 --unskip >/dev/null
kill "$SERVICE"
wait "$SERVICE" 2>/dev/null || true
LINE=$("$BIN" remind "$PLAN") || fail "remind without a notification service exited $?"
case "$LINE" in "이번 주 체크인: "*) ;; *) fail "without a notification service remind printed: $LINE" ;; esac
echo "ok: one notification while the week has work left, its action opened the check-in; none for a skipped week; the line alone without a service"
