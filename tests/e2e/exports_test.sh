#!/bin/sh
# The exports as other programs meet them, after a simulated year of check-ins:
# - the Markdown retrospective and its PNG, with the same numbers as `mandalart report`;
# - the SVG parses as XML and renders with Hangul in rsvg-convert (distinct syllables give
#   distinct pictures, which boxes for missing glyphs would not);
# - the 9x9 CSV goes through LibreOffice (CSV → .ods sheet → CSV written by LibreOffice, with
#   commas and with semicolons) and imports back to exactly the same chart;
# - the tidy CSV reads as a table of one row per tracked action per week.
set -eu
BIN=$1
CHECK=$2
. "$(dirname "$0")/work_folder.sh"
export MANDALART_TODAY=2026-12-28
PLAN="$WORK/2026.mandalart.json"
"$BIN" new "$PLAN" --example --simulate --year 2026

# Markdown retrospective: one command, PNG beside it, numbers as `report` gives them.
"$BIN" export "$PLAN" --format md -o "$WORK/회고.md" --lang ko
"$CHECK" "$WORK/회고.png" 1600 1761 500
grep -q '^!\[만다라트 2026\](회고.png)$' "$WORK/회고.md" || fail "no relative image link"
"$BIN" report "$PLAN" --format json > "$WORK/report.json"
python3 - "$WORK/report.json" "$WORK/회고.md" <<'PY' || fail "the Markdown and report disagree"
import json, sys
report = json.load(open(sys.argv[1]))
md = open(sys.argv[2], encoding="utf-8").read()
pct = lambda v: "–" if v is None else f"{round(v * 100)}%"
assert f"**전체 달성률**: **{pct(report['overall'])}**" in md, "overall"
for n, goal in enumerate(report["sub_goals"], 1):
    assert f"### {n}. {goal['text']} — {pct(goal['completion'])}" in md, goal["text"]
    for a in goal["actions"]:
        if a["completion"] is not None:
            assert f" | {pct(a['completion'])} | " in md, a["text"]
PY

# SVG: well-formed XML, rendered with Hangul.
"$BIN" export "$PLAN" --format svg --progress -o "$WORK/chart.svg"
python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' "$WORK/chart.svg" || fail "SVG is not XML"
rsvg-convert -w 1240 -b white "$WORK/chart.svg" -o "$WORK/chart_svg.png"
"$CHECK" "$WORK/chart_svg.png" 1240 1754 200
for word in 한 글; do
    "$BIN" new "$WORK/$word.mandalart.json" --year 2026
    "$BIN" set "$WORK/$word.mandalart.json" core "$word$word$word"
    "$BIN" export "$WORK/$word.mandalart.json" --format svg -o "$WORK/$word.svg"
    rsvg-convert -w 600 -b white "$WORK/$word.svg" -o "$WORK/$word.png"
done
cmp -s "$WORK/한.png" "$WORK/글.png" && fail "Hangul renders as identical boxes in rsvg-convert"
"$BIN" export "$PLAN" --format svg --paper a3 | grep -q 'width="297mm" height="420mm"' || fail "no A3 page"

# 9x9 CSV through LibreOffice and back, with awkward cells.
"$BIN" set "$PLAN" core '성장, "꾸준히"'
"$BIN" set "$PLAN" 2.5 "$(printf '두 줄\n실천; 세미콜론')"
"$BIN" export "$PLAN" --format csv -o "$WORK/grid.csv"
head -c 3 "$WORK/grid.csv" | od -An -tx1 | grep -q 'ef bb bf' || fail "no BOM"
"$BIN" show "$PLAN" --format csv > "$WORK/expected.csv"
# LibreOffice's profile in the work folder (it finds the real home from the password file, not $HOME).
LO_PROFILE="-env:UserInstallation=file://$WORK/lo-profile"
soffice "$LO_PROFILE" --headless --infilter="CSV:44,34,76,1" --convert-to ods --outdir "$WORK/lo" "$WORK/grid.csv" >/dev/null 2>&1
[ -s "$WORK/lo/grid.ods" ] || fail "LibreOffice did not open the CSV as a sheet"
for sep in 44 59; do
    soffice "$LO_PROFILE" --headless --convert-to "csv:Text - txt - csv (StarCalc):$sep,34,76,1" --outdir "$WORK/lo/$sep" "$WORK/lo/grid.ods" >/dev/null 2>&1
    "$BIN" import "$WORK/lo/$sep/grid.csv" -o "$WORK/back$sep.mandalart.json" --year 2026
    "$BIN" show "$WORK/back$sep.mandalart.json" --format csv > "$WORK/back$sep.csv"
    cmp "$WORK/expected.csv" "$WORK/back$sep.csv" || fail "the chart changed through LibreOffice (separator $sep)"
done

# Tidy CSV: a table for pandas or R.
"$BIN" export "$PLAN" --format tidy-csv -o "$WORK/tidy.csv"
python3 - "$WORK/tidy.csv" "$PLAN" <<'PY' || fail "tidy CSV"
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
plan = json.load(open(sys.argv[2], encoding="utf-8"))
tracked = [a["id"] for g in plan["sub_goals"] for a in g["actions"] if a["text"].strip() and a["target"] != "none"]
assert 40 < len(tracked) < 64, len(tracked)  # the example has mindset items: they are not in the table
assert len(rows) == 53 * len(tracked), len(rows)
assert {r["action_id"] for r in rows} == set(tracked)
assert rows[0]["year"] == "2026" and rows[0]["week"] == "1" and rows[0]["action_id"] == "a1.1"
assert {r["skipped"] for r in rows} == {"true", "false"}
assert sum(int(r["count"]) for r in rows) > 1000
PY
echo ok
