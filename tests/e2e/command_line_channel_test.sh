#!/bin/sh
# While the editor has the plan open, `mandalart check 운동` in a terminal lands in the editor
# (issue 28): the command's change travels over the plan's channel, the editor applies it as one
# undoable edit and saves it, and the command prints what the editor did. Ctrl+Z in the window
# then takes it back, which shows it is the editor's own edit, not a write behind its back.
set -eu
BIN=$1
. "$(dirname "$0")/window.sh"
make_example_plan "$BIN"
count_11() { "$BIN" status "$PLAN" --format json | python3 -c 'import json,sys; a=json.load(sys.stdin)["actions"]; print([x["count"] for x in a if x["id"]=="1.1"][0])'; }
BEFORE=$(count_11)
TEXT=$("$BIN" show "$PLAN" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["grid"][0][0])')

start_editor "$BIN" "$PLAN" "$WORK/stderr"
OUT=$("$BIN" check "$TEXT" --count 7 2>"$WORK/cli-err") || fail "check through the editor exited $?: $(cat "$WORK/cli-err")"
# Under the Korean locale (window.sh), in Korean.
case "$OUT" in *"($PLAN을(를) 열고 있는 편집기에서 반영하고 저장했습니다"*) ;; *) fail "check printed: $OUT" ;; esac
[ "$(count_11)" = 7 ] || fail "the editor did not save the command's tick: 1.1 is $(count_11) on disk"
wait_state "the editor saved the command's change" "dirty=0"

# The editor's own edit: undone in the window, saved, the file is back as it was.
press ctrl+z
wait_state "the undo" "dirty=1"
save
[ "$(count_11)" = "$BEFORE" ] || fail "Ctrl+Z in the editor did not take the command's tick back: 1.1 is $(count_11)"

# A command the editor refuses says why, and changes nothing.
if "$BIN" check 1.1 --week 2026-W20 2>"$WORK/cli-err" >/dev/null; then fail "a coming week was ticked through the editor"; fi
grep -q "2026-W20은(는) 아직 오지 않은 주입니다. 이번 주는 2026-W10입니다" "$WORK/cli-err" || fail "the refusal said: $(cat "$WORK/cli-err")"
quit_editor
echo "ok: a check naming its action by text landed in the open editor, saved; Ctrl+Z there took it back; a refusal said why"
