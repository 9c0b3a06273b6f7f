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
. "$(dirname "$0")/wine_test.sh"
work=$(mktemp -d)
keeper=""
stop() {
    exec 8>&- 2>/dev/null || true
    [ -n "$keeper" ] && { kill "$keeper" 2>/dev/null || true; wait "$keeper" 2>/dev/null || true; }
    rm -rf "$work"
}
trap stop EXIT
# One Windows process kept waiting (on a pipe no one writes) for the whole loop, so that Wine's
# server lives throughout: a kill that lands while the killed process is itself starting the
# server took the server down with it once ("wine client error: Connection reset by peer"), which
# is Wine's, not the file layer's.
mkfifo "$work/hold"
"$WINE" cmd /c pause <"$work/hold" >/dev/null 2>&1 &
keeper=$!
exec 8>"$work/hold"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
plan="$work/계획.mandalart.json"
win_plan="$(windows_path "$plan")"
"$WINE" "$COM" new --example "$win_plan" --year 2026 >/dev/null || fail "new"
"$WINE" "$COM" set "$win_plan" core "버전 0" >/dev/null || fail "set"
landed=0
i=1
while [ "$i" -le "$KILLS" ]; do
    "$WINE" "$COM" set "$win_plan" core "버전 $i" >/dev/null 2>&1 &
    pid=$!
    # Anywhere from Wine's start to the save itself (a set takes 50 to 100 ms here).
    sleep "0.$(printf %03d "$(shuf -i 2-60 -n 1)")"
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
