#!/bin/sh
# The weekly check-in reminder (issue 27): `remind --install` writes a systemd user timer and
# service that systemd-analyze accepts (a plan path with a space and Hangul, quoted), says how to
# turn them on when no user service manager answers, and `--uninstall` removes them; `remind FILE`
# prints one line only while this week has something left, nothing once it is done or skipped.
set -eu
BIN=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_CONFIG_HOME="$WORK/config" XDG_STATE_HOME="$WORK/state" XDG_RUNTIME_DIR="$WORK/run"
export MANDALART_SYSTEMCTL=false  # never the user manager of the machine running the tests
mkdir -m 0700 "$XDG_RUNTIME_DIR"
mkdir "$WORK/내 계획"
PLAN="$WORK/내 계획/2026.mandalart.json"
UNITS="$XDG_CONFIG_HOME/systemd/user"
export MANDALART_TODAY=2026-03-04  # 2026-W10

"$BIN" new "$PLAN" --example --year 2026 > /dev/null
OUT=$("$BIN" remind "$PLAN" --install --day mon --time 08:30)
echo "$OUT" | grep -q "systemctl --user enable --now mandalart-checkin.timer" || fail "no word of how to turn it on: $OUT"
grep -qx "OnCalendar=Mon \*-\*-\* 08:30:00" "$UNITS/mandalart-checkin.timer" || fail "timer: $(cat "$UNITS/mandalart-checkin.timer")"
grep -qx "Persistent=true" "$UNITS/mandalart-checkin.timer" || fail "timer not persistent"
grep -qF "remind \"$PLAN\"" "$UNITS/mandalart-checkin.service" || fail "service: $(cat "$UNITS/mandalart-checkin.service")"
systemd-analyze verify --user "$UNITS/mandalart-checkin.timer" "$UNITS/mandalart-checkin.service" ||
    fail "systemd-analyze refuses the units"

LINE=$("$BIN" remind "$PLAN" --lang ko)
case "$LINE" in "이번 주 체크인: "*"개 남았습니다 ("*) ;; *) fail "the reminder line: $LINE" ;; esac
LINE=$("$BIN" remind "$PLAN" --lang en)
case "$LINE" in "This week's check-in: "*" left ("*) ;; *) fail "the reminder line in English: $LINE" ;; esac
"$BIN" check "$PLAN" --week 2026-W10 --skip > /dev/null
[ -z "$("$BIN" remind "$PLAN")" ] || fail "a skipped week was reminded of"

"$BIN" remind "$PLAN" --time 25:00 > /dev/null 2>&1 && fail "--time 25:00 was taken"
OUT=$("$BIN" remind "$PLAN" --uninstall)
[ ! -e "$UNITS/mandalart-checkin.timer" ] && [ ! -e "$UNITS/mandalart-checkin.service" ] || fail "--uninstall left units"
echo "ok: $OUT"
