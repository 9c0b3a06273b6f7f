#!/bin/sh
# A damaged plan never locks its owner out (issue 26): the plan last opened is zero-filled, as a
# power cut can leave it; the editor, started with no file (as the desktop's launcher starts it),
# opens its window with the way back instead of exiting, and Enter puts the newest good version
# back, keeping the damaged file as version 1; then the plan is deleted, and the same way back is
# offered. With MANDALART_SCREENSHOTS=DIR the prompt is
# captured there.
set -eu
BIN=$1
. "$(dirname "$0")/window.sh"
export MANDALART_TODAY=2026-03-12
PLAN="$WORK/2026.mandalart.json"
"$BIN" new "$PLAN" --example >/dev/null
"$BIN" check "$PLAN" 1.1 --week 2026-W10 >/dev/null
"$BIN" check "$PLAN" 1.1 --week 2026-W11 >/dev/null
start_editor "$BIN" "$PLAN" "$WORK/stderr"  # the editor remembers it as the last plan
quit_editor
SIZE=$(stat -c %s "$PLAN")
head -c "$SIZE" /dev/zero >"$PLAN.zeros"
mv "$PLAN.zeros" "$PLAN"

start_editor "$BIN" "" "$WORK/stderr"
wait_state "the way back to the damaged plan" "modal=damaged"
if [ -n "${MANDALART_SCREENSHOTS:-}" ]; then
    mkdir -p "$MANDALART_SCREENSHOTS"
    import -window root "$MANDALART_SCREENSHOTS/damaged-plan.png"
fi
[ "$(od -An -tx1 -N16 "$PLAN" | tr -d ' \n')" = "00000000000000000000000000000000" ] || fail "the damaged file was written before a choice"
press Return
wait_state "the plan restored" "modal=-" "dirty=0"
quit_editor
"$BIN" validate "$PLAN" >/dev/null || fail "the restored plan does not read: $("$BIN" validate "$PLAN" 2>&1)"
"$BIN" status "$PLAN" --week 2026-W10 --format json | python3 -c '
import json, sys
s = json.load(sys.stdin)
sys.exit(0 if {a["id"]: a["count"] for a in s["actions"]}.get("1.1") == 1 else 1)' ||
    fail "the restored plan is not the newest good version (its W10 check-in is missing)"
FIRST=$("$BIN" restore "$PLAN" --list | head -1)
case "$FIRST" in *" $(awk -v n="$SIZE" 'BEGIN { printf "%.1f KB", n / 1024 }')") ;; *) fail "the damaged file is not kept as version 1: $FIRST" ;; esac

# Gone (deleted, or its last save undone by a power cut) while its versions are kept: the same
# way back, never a blank plan in its place.
rm "$PLAN"
start_editor "$BIN" "" "$WORK/stderr"
wait_state "the way back to the plan that is gone" "modal=damaged"
if [ -n "${MANDALART_SCREENSHOTS:-}" ]; then import -window root "$MANDALART_SCREENSHOTS/gone-plan.png"; fi
[ ! -e "$PLAN" ] || fail "a file was written in place of the plan that is gone before a choice"
press Return
wait_state "the plan that was gone restored" "modal=-" "dirty=0"
quit_editor
"$BIN" validate "$PLAN" >/dev/null || fail "the plan put back does not read: $("$BIN" validate "$PLAN" 2>&1)"
echo "ok: a zero-filled plan, reopened with no file named, opened with the way back; Enter restored it and kept the damaged file; so did a plan that was gone"
