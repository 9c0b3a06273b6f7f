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
# While it is open: a CLI that cannot reach the editor's channel (no runtime folder) is refused by
# the lock, a second editor is read-only.
if (unset XDG_RUNTIME_DIR; "$BIN" set "$PLAN" core "끼어들기" --lang en 2>"$WORK/cli.err"); then fail "the CLI changed a plan open in the editor"; fi
grep -q "it is open in mandalart editor (pid $PID" "$WORK/cli.err" || fail "CLI said: $(cat "$WORK/cli.err")"
timeout -s KILL 5 "$BIN" "$PLAN" 2>"$WORK/second.err" || true  # it says so when it starts
grep -q "읽기 전용" "$WORK/second.err" || fail "the second editor did not say it is read-only: $(cat "$WORK/second.err")"

press Return
wait_state "the core goal open for editing" "editing=1"
type_text "죽어도 남는 목표"
cp "$WORK/theirs.mandalart.json" "$PLAN"  # another program writes the plan, before the edit ends
THEIRS=$(sha256sum < "$PLAN")
press Return
# The autosave (1.5 s after the edit) finds the other program's version and asks.
wait_state "the changed-on-disk question" "modal=conflict"
[ "$(sha256sum < "$PLAN")" = "$THEIRS" ] || fail "the editor overwrote the other program's version without asking"
# What the editor holds, in the crash journal (within 1 s of the edit): recovery must bring back exactly this.
journal_core() { tail -n +2 "$XDG_STATE_HOME"/mandalart/journal/*.json 2>/dev/null | python3 -c 'import json, sys; print(json.load(sys.stdin)["core"])' 2>/dev/null; }
journal_has_edit() { case "$(journal_core)" in *"죽어도 남는 목표"*) return 0 ;; esac; return 1; }
eventually "the journal" journal_has_edit || fail "the crash journal does not hold the edit: $(ls "$XDG_STATE_HOME"/mandalart/journal 2>&1) $(journal_core)"
CORE=$(journal_core)
kill -9 "$PID"
wait "$PID" 2>/dev/null || true

start_editor "$BIN" "$PLAN" "$WORK/stderr2"
grep -q "저장되지 않은 변경 사항이 있습니다" "$WORK/stderr2" || fail "no recovery offered: $(cat "$WORK/stderr2")"
wait_state "the recovery question" "modal=recover"
press Return  # 복구
wait_state "the recovered edits autosaved like any other" "modal=-" "dirty=0"
quit_editor
SAVED=$("$BIN" show "$PLAN" --format json | python3 -c 'import json, sys; print(json.load(sys.stdin)["grid"][4][4])')
[ "$SAVED" = "$CORE" ] || fail "the recovered edit is not in the file: \"$SAVED\", expected \"$CORE\""
"$BIN" restore "$PLAN" --list | grep -q "^ 1 " || fail "the other program's version was not kept"
"$BIN" restore "$PLAN" 1 >/dev/null
"$BIN" show "$PLAN" --format json | grep -q "다른 프로그램" || fail "version 1 is not the other program's"
echo "ok: killed with unsaved Hangul edits, recovered on the next launch; theirs kept as version 1"
