#!/bin/sh
# `mandalart merge` on two copies changed apart, as a laptop and a desktop sharing a folder leave
# them: the common version is found in the copies' backups, ticks both added in the same week add
# up, a note from each side is kept, a text both changed is a conflict (exit 1, one line, MINE's
# kept), and the result is a valid plan; other years are refused; -o never replaces a file.
set -eu
BIN=$1
. "$(dirname "$0")/../e2e/work_folder.sh"
MINE="$WORK/2026.mandalart.json"
THEIRS="$WORK/2026.mandalart.sync-conflict-20260310-101500-ABCDEFG.json"
"$BIN" new "$MINE" --example >/dev/null
cp "$MINE" "$THEIRS"                                               # the sync tool's copy, same as mine
"$BIN" check "$MINE" 1.1 --week 2026-W06 >/dev/null                 # on the laptop
"$BIN" check "$MINE" --week 2026-W06 --note "노트북에서" >/dev/null
"$BIN" check "$THEIRS" 1.2 --week 2026-W06 >/dev/null               # on the desktop
"$BIN" check "$THEIRS" 1.1 --week 2026-W06 >/dev/null
"$BIN" check "$THEIRS" 2.1 --week 2026-W07 >/dev/null

"$BIN" merge "$MINE" "$THEIRS" > "$WORK/merge.txt" || fail "merge failed: $(cat "$WORK/merge.txt")"
grep -q "three-way, base" "$WORK/merge.txt" || fail "the common version was not found in the backups: $(cat "$WORK/merge.txt")"
[ "$("$BIN" validate "$MINE")" = ok ] || fail "the merged plan does not validate"
grep -q "노트북에서" "$MINE" || fail "the laptop's note was lost"
count() {  # WEEK ACTION: the merged plan's count
    "$BIN" status "$MINE" --week "$1" --format json |
        python3 -c 'import json, sys; print({a["id"]: a["count"] for a in json.load(sys.stdin)["actions"]}[sys.argv[1]])' "$2"
}
[ "$(count 2026-W06 1.1)" = 2 ] || fail "1.1 in 2026-W06: $(count 2026-W06 1.1) ticks, not the 2 both machines added"
[ "$(count 2026-W06 1.2)" = 1 ] || fail "the desktop's 1.2 tick in 2026-W06 was lost"
[ "$(count 2026-W07 2.1)" = 1 ] || fail "the desktop's 2026-W07 tick was lost"

# A text both sides changed: a conflict, MINE's kept, exit 1, nothing else lost.
cp "$MINE" "$THEIRS"
"$BIN" set "$MINE" core "더 나은 개발자" >/dev/null
"$BIN" set "$THEIRS" core "행복한 개발자" >/dev/null
if "$BIN" merge "$MINE" "$THEIRS" > "$WORK/conflict.txt"; then fail "a conflict exited 0"; fi
grep -q '^conflict core: kept "더 나은 개발자", theirs "행복한 개발자"$' "$WORK/conflict.txt" || fail "no conflict line: $(cat "$WORK/conflict.txt")"
[ "$("$BIN" show "$MINE" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["grid"][4][4])')" = "더 나은 개발자" ] ||
    fail "MINE's core was not kept"

# -o writes a new file and never replaces one; other years are refused.
"$BIN" merge "$MINE" "$THEIRS" --base "$THEIRS" -o "$WORK/merged.mandalart.json" >/dev/null || true
[ -s "$WORK/merged.mandalart.json" ] || fail "-o OUT was not written"
! "$BIN" merge "$MINE" "$THEIRS" -o "$WORK/merged.mandalart.json" 2>/dev/null || fail "-o replaced an existing file"
"$BIN" new "$WORK/2027.mandalart.json" --year 2027 >/dev/null
! "$BIN" merge "$MINE" "$WORK/2027.mandalart.json" 2> "$WORK/refused.txt" || fail "plans of different years were merged"
grep -q "different years" "$WORK/refused.txt" || fail "the refusal does not say why: $(cat "$WORK/refused.txt")"
echo "ok: two copies merged (three-way from the backups), a conflict reported and MINE kept, other years refused"
