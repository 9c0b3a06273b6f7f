#!/bin/sh
# The installer as a user meets it, in a fresh Wine prefix (a clean Windows): installed silently
# (/S), the program run from cmd as `mandalart` (found on the PATH it set: mandalart.com) on a plan
# with a Hangul name, the Start-menu entry and the uninstall entry there; then uninstalled silently
# and everything it installed gone, the user's plan kept.
#   tests/windows/installer_test.sh SETUP_EXE
set -eu
SETUP=$(realpath "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
WINE="$HERE/../../scripts/wine.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'WINEPREFIX="$work/prefix" wineserver -k 2>/dev/null || true; rm -rf "$work"' EXIT
export WINEPREFIX="$work/prefix" LANG=C.UTF-8 LC_ALL=C.UTF-8
user=$(id -un)
programs="$WINEPREFIX/drive_c/users/$user/AppData/Local/Programs/Mandalart"
menu="$WINEPREFIX/drive_c/users/$user/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Mandalart"

"$WINE" "$SETUP" /S || fail "the installer failed"
wineserver -w
[ -f "$programs/mandalart.exe" ] && [ -f "$programs/mandalart.com" ] || fail "the programs are not in $programs"
[ -f "$programs/fonts/NanumGothic.ttf" ] || fail "the Korean font is not installed"
[ -f "$menu/Mandalart.lnk" ] || fail "no Start-menu entry"
grep -q 'Uninstall\\\\Mandalart' "$WINEPREFIX/user.reg" || fail "no uninstall entry"
grep -q '"Mandalart.Plan"' "$WINEPREFIX/user.reg" || fail "no plan file association"

# The plan's Hangul name reaches cmd through the environment (Wine hands it over as UTF-16).
export PLAN_NAME="나의계획.mandalart.json"
out=$("$WINE" cmd /c 'cd /d C:\ && mandalart --version && mandalart new --example %USERPROFILE%\Documents\%PLAN_NAME% --year 2026 && mandalart status %USERPROFILE%\Documents\%PLAN_NAME% --week 2026-W10')
echo "$out" | grep -q '^mandalart ' || fail "mandalart --version from cmd: $out"
echo "$out" | grep -q '2026-W10' || fail "mandalart status from cmd: $out"
plan="$WINEPREFIX/drive_c/users/$user/Documents/$PLAN_NAME"
[ -f "$plan" ] || fail "the plan made from cmd is not in Documents"

"$WINE" "$programs/uninstall.exe" /S || fail "the uninstaller failed"
wineserver -w
[ ! -e "$programs" ] || fail "left behind: $(ls "$programs")"
[ ! -e "$menu" ] || fail "the Start-menu entry is left"
if grep -q 'Uninstall\\\\Mandalart\|"Mandalart.Plan"' "$WINEPREFIX/user.reg"; then fail "registry entries are left"; fi
[ -f "$plan" ] || fail "uninstalling took the user's plan"
echo "ok: installed and uninstalled silently; mandalart ran from cmd on a Hangul plan"
