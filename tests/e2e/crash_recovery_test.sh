#!/bin/sh
# In the real window: a Hangul edit is typed, another program replaces the file (so the
# autosave stops and asks), and the editor is killed with SIGKILL. The next launch offers the
# unsaved edit back; Enter recovers it and it reaches the file; the other program's version is
# kept among the earlier versions. A second editor meanwhile opens the plan read-only.
set -eu
BIN=$1
. "$(dirname "$0")/window.sh"
make_example_plan "$BIN"
"$BIN" new "$WORK/theirs.mandalart.json" --year 2026 --title "다른 프로그램" >/dev/null

start_editor "$BIN" "$PLAN" "$WORK/stderr"
# While it is open: the CLI refuses, a second editor is read-only.
if "$BIN" set "$PLAN" core "끼어들기" 2>"$WORK/cli.err"; then fail "the CLI changed a plan open in the editor"; fi
grep -q "it is open in mandalart editor (pid $PID" "$WORK/cli.err" || fail "CLI said: $(cat "$WORK/cli.err")"
timeout -s KILL 5 "$BIN" "$PLAN" 2>"$WORK/second.err" || true  # it says so when it starts
grep -q "읽기 전용" "$WORK/second.err" || fail "the second editor did not say it is read-only: $(cat "$WORK/second.err")"

xdotool key --window "$WIN" Return
sleep 0.3
type_text "죽어도 남는 목표"
xdotool key --window "$WIN" Return
cp "$WORK/theirs.mandalart.json" "$PLAN"  # another program writes the plan
THEIRS=$(sha256sum < "$PLAN")
sleep 3  # the journal (≤ 1 s) and the autosave (1.5 s), which finds the change and asks
[ "$(sha256sum < "$PLAN")" = "$THEIRS" ] || fail "the editor overwrote the other program's version without asking"
# What the editor holds: recovery must bring back exactly this.
JOURNAL=$(ls "$XDG_STATE_HOME"/mandalart/journal/*.json) || fail "no crash journal was written"
CORE=$(tail -n +2 "$JOURNAL" | python3 -c 'import json, sys; print(json.load(sys.stdin)["core"])')
case "$CORE" in *"죽어도 남는 목표"*) ;; *) fail "the journal does not hold the edit: $CORE" ;; esac
kill -9 "$PID"
wait "$PID" 2>/dev/null || true

start_editor "$BIN" "$PLAN" "$WORK/stderr2"
grep -q "저장되지 않은 변경 사항이 있습니다" "$WORK/stderr2" || fail "no recovery offered: $(cat "$WORK/stderr2")"
xdotool key --window "$WIN" Return  # 복구
sleep 2.5  # recovered edits are autosaved like any other
quit_editor
SAVED=$("$BIN" show "$PLAN" --format json | python3 -c 'import json, sys; print(json.load(sys.stdin)["grid"][4][4])')
[ "$SAVED" = "$CORE" ] || fail "the recovered edit is not in the file: \"$SAVED\", expected \"$CORE\""
"$BIN" restore "$PLAN" --list | grep -q "^ 1 " || fail "the other program's version was not kept"
"$BIN" restore "$PLAN" 1 >/dev/null
"$BIN" show "$PLAN" --format json | grep -q "다른 프로그램" || fail "version 1 is not the other program's"
echo "ok: killed with unsaved Hangul edits, recovered on the next launch; theirs kept as version 1"
