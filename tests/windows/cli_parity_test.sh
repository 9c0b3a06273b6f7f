#!/bin/sh
# The Windows program answers every command as the Linux one does: the same sequence of commands
# (every subcommand, good and bad input, Hangul in names and text) run by both, each in a folder
# of its own under the same relative names; their output, errors, exit codes and the files they
# write must be the same bytes. The Windows one is mandalart.com (what cmd runs) under Wine.
#   tests/windows/cli_parity_test.sh LINUX_MANDALART WINDOWS_MANDALART_COM
set -eu
LINUX=$(realpath "$1")
WINDOWS=$(realpath "$2")
HERE=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/linux" "$work/windows"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 MANDALART_TODAY=2026-03-12
# Each side's own home, so that neither sees the other's (or the user's) settings and plans.
export XDG_CONFIG_HOME="$work/linux-home/config" XDG_DATA_HOME="$work/linux-home/data" XDG_STATE_HOME="$work/linux-home/state"
export XDG_CACHE_HOME="$work/linux-home/cache" HOME="$work/linux-home"
failures=0
steps=0
# Each side's folder as its system names it (Wine's Z: drive is the root).
LINUX_DIR="$work/linux/"
WINDOWS_DIR="Z:$(printf '%s' "$work/windows" | tr / '\\')\\"
export LINUX_DIR WINDOWS_DIR

run_both() {  # ARGS...: the command in both folders; compares what each printed and returned
    steps=$((steps + 1))
    (cd "$work/linux" && "$LINUX" "$@" >"$work/l.out" 2>"$work/l.err") && l=0 || l=$?
    (cd "$work/windows" && "$HERE/../../scripts/wine.sh" "$WINDOWS" "$@" >"$work/w.out" 2>"$work/w.err") && w=0 || w=$?
    # An absolute path names each side's own folder, as each system writes it.
    perl -pi -e 's/\Q$ENV{LINUX_DIR}\E/DIR\//g' "$work/l.out" "$work/l.err"
    perl -pi -e 's/\Q$ENV{WINDOWS_DIR}\E/DIR\//g' "$work/w.out" "$work/w.err"
    if [ "$l" != "$w" ] || ! cmp -s "$work/l.out" "$work/w.out" || ! cmp -s "$work/l.err" "$work/w.err"; then
        failures=$((failures + 1))
        echo "DIFFERS: mandalart $* (exit $l on Linux, $w on Windows)"
        diff "$work/l.out" "$work/w.out" | head -10 || true
        diff "$work/l.err" "$work/w.err" | head -10 || true
    fi
}

same_file() {  # NAME: a file both sides wrote must be the same bytes
    steps=$((steps + 1))
    if ! cmp -s "$work/linux/$1" "$work/windows/$1"; then
        failures=$((failures + 1))
        echo "DIFFERS: the file $1"
        diff "$work/linux/$1" "$work/windows/$1" | head -10 || true
    fi
}

plan=2026.mandalart.json
run_both --version
run_both --help
run_both help check
run_both nosuchcommand
run_both new --example "$plan" --year 2026
same_file "$plan"
run_both new "빈 계획.mandalart.json" --year 2026
same_file "빈 계획.mandalart.json"
run_both validate "$plan"
run_both show "$plan"
run_both set "$plan" 1.1 "주 4회 운동 🏃"
run_both set "$plan" core "성장하는 개발자 漢字"
run_both target "$plan" 1.1 3/week
run_both start "$plan" 2.1 2026-W05
run_both check "$plan" 1.1 --week 2026-W10
run_both check "$plan" 2.1 --week 2026-W10 --note "책 한 권 다 읽음"
run_both check "$plan" 9.9
run_both status "$plan" --week 2026-W10
run_both report "$plan"
same_file "$plan"
for format in md csv tidy-csv ics svg; do
    run_both export "$plan" --format "$format" -o "out.$format"
    [ "$format" = ics ] || same_file "out.$format"
done
# The calendar names the plan by its absolute path in one description, and stamps the second it
# was written: the rest is the same.
for side in linux windows; do
    awk '/^ / { line = line substr($0, 2); next } { if (line != "") print line; line = $0 } END { print line }' \
        "$work/$side/out.ics" | grep -v -e '^DESCRIPTION:Look back' -e '^DTSTAMP:' > "$work/$side/out.ics.unfolded"
done
same_file out.ics.unfolded
run_both export "$plan" --format csv
run_both export "$plan" --format tidy-csv
run_both export "$plan" --format csv -o "표.csv"
run_both import "표.csv" -o "가져옴.mandalart.json"
same_file "가져옴.mandalart.json"
run_both next "$plan" -o 2027.mandalart.json
same_file 2027.mandalart.json
cp "$work/linux/$plan" "$work/linux/copy.json"
cp "$work/windows/$plan" "$work/windows/copy.json"
run_both check copy.json 3.1 --week 2026-W11
run_both merge "$plan" copy.json
run_both conflicts "$plan"
run_both restore "$plan"
run_both validate nosuch.mandalart.json
printf '{"format":"mandalart"' > "$work/linux/broken.json"
cp "$work/linux/broken.json" "$work/windows/broken.json"
run_both validate broken.json
run_both show broken.json
# The one difference by design: the Windows build has no PDF (no cairo and Pango) and says so.
steps=$((steps + 1))
(cd "$work/windows" && "$HERE/../../scripts/wine.sh" "$WINDOWS" export "$plan" --format pdf -o out.pdf >"$work/w.out" 2>"$work/w.err") && w=0 || w=$?
if [ "$w" != 1 ] || [ -e "$work/windows/out.pdf" ] || ! grep -q "PDF is not in this build" "$work/w.err"; then
    failures=$((failures + 1))
    echo "DIFFERS: export --format pdf on Windows (exit $w): $(cat "$work/w.err")"
fi
echo "cli parity: $steps steps, $failures differ"
[ "$failures" = 0 ]
