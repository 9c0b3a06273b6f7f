#!/bin/sh
# A plan in a real git repository: after `mandalart git-setup`, two branches that each checked in
# (different weeks, and the same week) merge by themselves with `git merge`, every tick of both
# kept; a text both branches changed differently leaves a valid plan (no conflict markers) with
# ours kept, and git reports the conflict.
set -eu
BIN=$1
. "$(dirname "$0")/../e2e/work_folder.sh"
cd "$WORK"
git init -q -b main repo
cd repo
git config user.email "test@example.com"
git config user.name "Test"
"$BIN" new 2026.mandalart.json --example >/dev/null
"$BIN" git-setup > setup.txt || fail "git-setup failed: $(cat setup.txt)"
grep -q "^\*.mandalart.json merge=mandalart$" .gitattributes || fail "no .gitattributes line"
git config merge.mandalart.driver | grep -q "merge-driver %O %A %B" || fail "no merge driver in the config"
git add .gitattributes 2026.mandalart.json && git commit -q -m "the plan"

git checkout -q -b laptop
"$BIN" check 2026.mandalart.json 1.1 --week 2026-W06 >/dev/null
"$BIN" check 2026.mandalart.json 1.1 --week 2026-W07 >/dev/null
git commit -q -am "laptop: W06, W07"
git checkout -q main
"$BIN" check 2026.mandalart.json 1.1 --week 2026-W06 >/dev/null
"$BIN" check 2026.mandalart.json 3.2 --week 2026-W08 --note "데스크톱" >/dev/null
git commit -q -am "desktop: W06, W08"
git merge -q --no-edit laptop > merge.txt 2>&1 || fail "git merge stopped: $(cat merge.txt)"
[ "$("$BIN" validate 2026.mandalart.json)" = ok ] || fail "the merged plan does not validate"
count() {
    "$BIN" status 2026.mandalart.json --week "$1" --format json |
        python3 -c 'import json, sys; print({a["id"]: a["count"] for a in json.load(sys.stdin)["actions"]}[sys.argv[1]])' "$2"
}
[ "$(count 2026-W06 1.1)" = 2 ] || fail "W06: both branches' ticks should make 2, got $(count 2026-W06 1.1)"
[ "$(count 2026-W07 1.1)" = 1 ] || fail "the laptop's W07 tick was lost"
[ "$(count 2026-W08 3.2)" = 1 ] || fail "the desktop's W08 tick was lost"
"$BIN" report 2026.mandalart.json --format json > /dev/null || fail "report cannot read the merged plan"

# A real conflict: both branches rename the core goal.
git checkout -q -b laptop2
"$BIN" set 2026.mandalart.json core "노트북의 핵심" >/dev/null
git commit -q -am "laptop: core"
git checkout -q main
"$BIN" set 2026.mandalart.json core "데스크톱의 핵심" >/dev/null
git commit -q -am "desktop: core"
if git merge -q --no-edit laptop2 > conflict.txt 2>&1; then fail "a conflicting merge went through silently"; fi
grep -q 'conflict core: kept "데스크톱의 핵심", theirs "노트북의 핵심"' conflict.txt || fail "git did not show the conflict: $(cat conflict.txt)"
! grep -q "<<<<<<<" 2026.mandalart.json || fail "conflict markers inside the plan"
[ "$("$BIN" validate 2026.mandalart.json)" = ok ] || fail "the conflicted plan does not validate"
# The conflict list is in the file: listed, resolved, committed; the next merge does not bring it back.
"$BIN" conflicts 2026.mandalart.json | grep -q '^1. conflict core: kept "데스크톱의 핵심", theirs "노트북의 핵심"$' ||
    fail "the conflict is not stored in the merged plan: $("$BIN" conflicts 2026.mandalart.json)"
"$BIN" conflicts 2026.mandalart.json 1 --keep theirs >/dev/null || fail "the conflict cannot be resolved"
git commit -q -am "merge laptop2: core from the laptop"
git checkout -q laptop2
"$BIN" check 2026.mandalart.json 1.1 --week 2026-W09 >/dev/null
git commit -q -am "laptop: W09"
git checkout -q main
git merge -q --no-edit laptop2 > again.txt 2>&1 || fail "merging again after the conflict was resolved failed: $(cat again.txt)"
[ "$("$BIN" conflicts 2026.mandalart.json)" = "no conflicts" ] || fail "a resolved conflict came back"
[ "$(count 2026-W09 1.1)" = 1 ] || fail "the laptop's W09 tick was lost"
echo "ok: git merges two branches' check-ins (W06 2, W07 1, W08 1, W09 1), stores a real conflict in a valid plan until resolved"
