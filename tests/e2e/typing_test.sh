#!/bin/sh
# A person at the keyboard: start the editor on a new file under X (Xvfb), type Hangul with
# xdotool, commit, move, type again, save with Ctrl+S, quit with Ctrl+Q, then check the file
# through `mandalart show --format json`.
set -eu
BIN=$1
. "$(dirname "$0")/window.sh"
PLAN="$WORK/새 계획.mandalart.json"

start_editor "$BIN" "$PLAN" "$WORK/stderr"
key() { press "$@"; }

# The selection starts on the core goal: typing starts editing it.
type_text "성장하는 개발자"
key Return
# Tab walks the filling order: sub-goal 1.
key Tab
key Return
type_text "건강"
key shift+Return
type_text "체력"
key Return
# Arrow keys: from sub-goal 1 (row 3, col 3) up into block 2's bottom row is action 2.6.
key Up
type_text "블로그 글쓰기"
key Return
# Esc cancels an edit.
key Right
type_text "버릴 글"
key Escape
wait_state "the edit cancelled" "editing=0"
save
quit_editor

[ -f "$PLAN" ] || fail "the plan was not saved"
"$BIN" validate "$PLAN" >/dev/null || fail "the saved plan does not validate"
JSON=$("$BIN" show "$PLAN" --format json)
check() {
    printf "%s" "$JSON" | python3 -c "import json,sys; g=json.load(sys.stdin)['grid']; v=g[$1][$2]; sys.exit(0 if v == sys.argv[1] else print(repr(v)) or 1)" "$3" \
        || fail "cell ($1,$2) should be '$3'"
}
check 4 4 "성장하는 개발자"
check 3 3 "건강
체력"
check 1 1 "건강
체력"
check 2 3 "블로그 글쓰기"
check 2 4 ""
echo "ok: typed Hangul reached the file"
