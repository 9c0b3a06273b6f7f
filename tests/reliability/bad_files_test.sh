#!/bin/sh
# The real binary on every hand-made bad plan (tests/corpus/bad), a folder, a 50 MB file and a
# file it may not read: `mandalart validate FILE` prints one line and exits 1 for each, never
# crashes, and writes nothing; so does the editor's open (`mandalart FILE`) for what it cannot
# read at all. (A plan that is there but damaged opens the editor's window with the way back:
# tests/ui/test_bad_inputs.cpp and tests/e2e/damaged_plan_test.sh.)
set -eu
BIN=$1
SRC=$(cd "$(dirname "$0")/../.." && pwd)
. "$SRC/tests/e2e/work_folder.sh"
chmod 755 "$WORK"  # the unreadable case runs as another user, who must reach the folder
mkdir "$WORK/plans" && chmod 755 "$WORK/plans"
cp "$SRC"/tests/corpus/bad/* "$WORK/plans/"
mkdir "$WORK/plans/a-folder.mandalart.json"
truncate -s 50M "$WORK/plans/fifty-megabytes.mandalart.json"
cp "$SRC/tests/corpus/good/example.mandalart.json" "$WORK/plans/unreadable.mandalart.json"
chmod 000 "$WORK/plans/unreadable.mandalart.json"
# root reads anything: the unreadable file is tried as an ordinary user where we can switch to one.
AS_USER=""
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then AS_USER="setpriv --reuid=65534 --regid=65534 --clear-groups"; fi

listing() { (cd "$WORK/plans" && ls -A | sort && sha256sum -- * 2>/dev/null | sort); }
BEFORE=$(listing)
tried=0
for f in "$WORK"/plans/*; do
    run=""
    case "$f" in *unreadable*) [ -n "$AS_USER" ] || continue; run=$AS_USER ;; esac
    modes=validate
    case "$f" in *unreadable*|*folder*|*fifty*) modes="validate open" ;; esac
    for mode in $modes; do
        set +e
        if [ "$mode" = validate ]; then ERR=$($run "$BIN" validate "$f" 2>&1 >/dev/null); else ERR=$($run "$BIN" "$f" 2>&1 >/dev/null); fi
        CODE=$?
        set -e
        [ "$CODE" = 1 ] || fail "$mode $(basename "$f"): exit $CODE: $ERR"
        [ "$(printf '%s\n' "$ERR" | wc -l)" = 1 ] || fail "$mode $(basename "$f"): not one line: $ERR"
        case "$ERR" in "$f"*) ;; *) fail "$mode $(basename "$f"): the message does not name the file: $ERR" ;; esac
        tried=$((tried + 1))
    done
    case "$f" in *unreadable*|*folder*|*fifty*) echo "$(basename "$f"): $ERR" ;; esac
done
[ "$(listing)" = "$BEFORE" ] || fail "something in the folder changed"
echo "ok: $tried refusals, nothing written"
if [ -n "${MANDALART_FIGURES:-}" ]; then echo "$tried" > "$MANDALART_FIGURES/bad_files_binary"; fi
