#!/bin/sh
# A sync tool's conflict copy in the real window under Xvfb: while the editor is in the background
# (another window has the focus), Syncthing leaves a copy with another machine's check-ins beside
# the plan; coming back to the editor offers it, Enter merges it, and the copy moves into the
# earlier versions. Checks the file through `mandalart status` and `restore --list`.
set -eu
BIN=$1
. "$(dirname "$0")/window.sh"
make_example_plan "$BIN"
COPY="$WORK/2026.mandalart.sync-conflict-20260304-101500-ABCDEFG.json"
cp "$PLAN" "$WORK/laptop.json"
"$BIN" check "$WORK/laptop.json" 2.1 --week 2026-W10 --add 2 >/dev/null
"$BIN" check "$WORK/laptop.json" --week 2026-W10 --note "노트북에서" >/dev/null
export XDG_STATE_HOME="$WORK/state"

start_editor "$BIN" "$PLAN" "$WORK/stderr"
xmessage -geometry +0+0 "another window" >/dev/null 2>&1 &
OTHER_PID=$!
trap 'kill "$OTHER_PID" "$PID" 2>/dev/null || true; cat "$WORK/stderr" 2>/dev/null >&2 || true; rm -rf "$WORK"' EXIT
OTHER=""
for _ in $(seq 1 300); do
    OTHER=$(xdotool search --onlyvisible --class Xmessage 2>/dev/null | head -1 || true)  # xmessage sets no _NET_WM_PID
    [ -n "$OTHER" ] && break
    sleep 0.1
done
[ -n "$OTHER" ] || fail "xmessage did not open a window within 30 s"
xdotool windowfocus --sync "$OTHER"
focus_is() { [ "$(xdotool getwindowfocus 2>/dev/null)" = "$1" ]; }
eventually "the other window focused" focus_is "$OTHER" || fail "the other window did not take the focus"
mv "$WORK/laptop.json" "$COPY"  # what Syncthing does while the editor is in the background
xdotool windowfocus --sync "$WIN"
wait_state "the copy offered on coming back to the window" "modal=copy"
press Return  # the prompt's default: merge
wait_state "the copy merged and saved" "modal=-" "dirty=0"
kill "$OTHER_PID" 2>/dev/null || true
quit_editor

[ ! -e "$COPY" ] || fail "the conflict copy is still beside the plan (was it offered?): $(cat "$WORK/stderr")"
STATUS=$("$BIN" status "$PLAN" --week 2026-W10 --format json)
printf "%s" "$STATUS" | python3 -c '
import json, sys
s = json.load(sys.stdin)
counts = {a["id"]: a["count"] for a in s["actions"]}
if counts.get("2.1") != 2 or s["note"] != "노트북에서":
    print("2.1:", counts.get("2.1"), "note:", repr(s["note"])); sys.exit(1)
' || fail "the copy's check-ins did not reach the plan"
"$BIN" restore "$PLAN" --list | grep -q "^ *1  " || fail "the copy was not kept among the earlier versions: $("$BIN" restore "$PLAN" --list)"
echo "ok: a Syncthing copy left while the editor was in the background was offered on coming back, merged by Enter and tidied into the earlier versions"
