#!/bin/sh
# Killed during saves, on the Windows file layer under Wine: `mandalart set` run again and again
# and killed (SIGKILL to the Wine process: no cleanup runs, Windows closes its handles) at a
# random moment. After every kill the plan must open, whole, holding either the text before or the
# one being written; no temporary file may pile up (the next save clears a killed one's).
#   tests/windows/kill_loop.sh WINDOWS_MANDALART_COM [KILLS]
set -eu
COM=$(realpath "$1")
KILLS=${2:-40}
HERE=$(cd "$(dirname "$0")" && pwd)
WINE="$HERE/../../scripts/wine.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
plan="$work/계획.mandalart.json"
win_plan="Z:$(printf '%s' "$plan" | tr / '\\')"
"$WINE" "$COM" new --example "$win_plan" --year 2026 >/dev/null || fail "new"
"$WINE" "$COM" set "$win_plan" core "버전 0" >/dev/null || fail "set"
landed=0
i=1
while [ "$i" -le "$KILLS" ]; do
    "$WINE" "$COM" set "$win_plan" core "버전 $i" >/dev/null 2>&1 &
    pid=$!
    # Anywhere from Wine's start to the save itself (a set takes about 0.1 s here).
    sleep "0.$(printf %03d "$(shuf -i 5-150 -n 1)")"
    if kill -9 "$pid" 2>/dev/null; then landed=$((landed + 1)); fi
    wait "$pid" 2>/dev/null || true
    core=$("$WINE" "$COM" show "$win_plan" --format json 2>"$work/err" | python3 -c 'import json,sys; print(json.load(sys.stdin)["grid"][4][4])') ||
        fail "after kill $i the plan does not open: $(cat "$work/err")"
    case "$core" in "버전 $i" | "버전 $((i - 1))" | "버전 "*) ;; *) fail "after kill $i the core is '$core'" ;; esac
    "$WINE" "$COM" set "$win_plan" core "버전 $i" >/dev/null || fail "the save after kill $i"
    temps=$(find "$work" -maxdepth 1 -name '.*.tmp-*' | wc -l)
    [ "$temps" -eq 0 ] || fail "after kill $i and a save, $temps temporary files are left"
    i=$((i + 1))
done
"$WINE" "$COM" validate "$win_plan" >/dev/null || fail "the plan does not validate at the end"
echo "ok: $KILLS kills ($landed while running) during saves on the Windows file layer; the plan stayed whole"
