#!/bin/sh
# `mandalart merge` on two copies changed apart, as a laptop and a desktop sharing a folder leave
# them: the common version is found through the copy's lineage, ticks both added in the same week add
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
# On the desktop, whose earlier versions stay on the desktop: the copy's lineage names the common one.
XDG_STATE_HOME="$WORK/desktop-state" "$BIN" check "$THEIRS" 1.2 --week 2026-W06 >/dev/null
XDG_STATE_HOME="$WORK/desktop-state" "$BIN" check "$THEIRS" 1.1 --week 2026-W06 >/dev/null
XDG_STATE_HOME="$WORK/desktop-state" "$BIN" check "$THEIRS" 2.1 --week 2026-W07 >/dev/null

"$BIN" merge "$MINE" "$THEIRS" > "$WORK/merge.txt" || fail "merge failed: $(cat "$WORK/merge.txt")"
grep -q "three-way, base" "$WORK/merge.txt" || fail "the common version was not found: $(cat "$WORK/merge.txt")"
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
grep -q '^1. conflict core: kept "더 나은 개발자", theirs "행복한 개발자"$' "$WORK/conflict.txt" || fail "no conflict line: $(cat "$WORK/conflict.txt")"
[ "$("$BIN" show "$MINE" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["grid"][4][4])')" = "더 나은 개발자" ] ||
    fail "MINE's core was not kept"
# The conflict is stored in the plan until resolved; `conflicts` lists it and takes theirs.
[ "$("$BIN" validate "$MINE")" = ok ] || fail "the plan holding a conflict does not validate"
grep -q '"theirs": "행복한 개발자"' "$MINE" || fail "THEIRS' value is not stored in the plan"
"$BIN" status "$MINE" | grep -q "^1 merge conflict waits for a choice: mandalart conflicts FILE$" || fail "status does not say a conflict waits"
"$BIN" conflicts "$MINE" | grep -q '^1. conflict core: kept "더 나은 개발자", theirs "행복한 개발자"$' || fail "conflicts does not list it"
if "$BIN" merge "$MINE" "$THEIRS" > "$WORK/again.txt"; then :; else fail "merging again with nothing new exited 1"; fi
grep -q '^1. conflict core (unresolved, from an earlier merge)' "$WORK/again.txt" || fail "the stored conflict is not shown again: $(cat "$WORK/again.txt")"
"$BIN" conflicts "$MINE" 1 --keep theirs | grep -q "1 conflict resolved (theirs taken); 0 left" || fail "resolving did not report"
[ "$("$BIN" conflicts "$MINE")" = "no conflicts" ] || fail "the conflict is still listed"
grep -q '"core": "행복한 개발자"' "$MINE" || fail "taking theirs did not put their core in"
! "$BIN" conflicts "$MINE" 1 --keep mine 2>/dev/null || fail "resolving a conflict that is not there succeeded"
set +e
"$BIN" conflicts "$MINE" 1 2>/dev/null; [ $? = 2 ] || fail "a number without --keep is not a usage error"
"$BIN" conflicts "$MINE" --keep theirs 2>/dev/null; [ $? = 2 ] || fail "--keep without a number is not a usage error"
"$BIN" conflicts "$MINE" 1 --keep both 2>/dev/null; [ $? = 2 ] || fail "--keep both is not a usage error"
set -e

# -o writes a new file and never replaces one; other years are refused.
"$BIN" merge "$MINE" "$THEIRS" --base "$THEIRS" -o "$WORK/merged.mandalart.json" >/dev/null || true
[ -s "$WORK/merged.mandalart.json" ] || fail "-o OUT was not written"
! "$BIN" merge "$MINE" "$THEIRS" -o "$WORK/merged.mandalart.json" 2>/dev/null || fail "-o replaced an existing file"
"$BIN" new "$WORK/2027.mandalart.json" --year 2027 >/dev/null
! "$BIN" merge "$MINE" "$WORK/2027.mandalart.json" 2> "$WORK/refused.txt" || fail "plans of different years were merged"
grep -q "different years" "$WORK/refused.txt" || fail "the refusal does not say why: $(cat "$WORK/refused.txt")"
echo "ok: two copies merged (three-way from the backups), a conflict reported, stored and resolved, other years refused"
