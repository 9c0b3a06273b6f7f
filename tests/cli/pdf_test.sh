#!/bin/sh
# `export --format pdf` read back by poppler, as PDF readers read it: every text of the example
# chart (core goal, sub-goals, actions) is real, searchable text; every font is embedded; A4 and
# A3 pages; the page shows the chart (tests/cli/pdf_chart_check.py); an existing file is not replaced without --force.
set -eu
BIN=$1
. "$(dirname "$0")/../e2e/work_folder.sh"
PLAN="$WORK/2026.mandalart.json"
"$BIN" new "$PLAN" --example >/dev/null
"$BIN" export "$PLAN" --format pdf -o "$WORK/chart.pdf"
"$BIN" export "$PLAN" --format pdf --paper a3 --progress -o "$WORK/chart-a3.pdf"
! "$BIN" export "$PLAN" --format pdf -o "$WORK/chart.pdf" 2>/dev/null || fail "an existing PDF was replaced without --force"
! "$BIN" export "$PLAN" --format pdf 2>/dev/null || fail "a PDF was written to standard output"

pdfinfo "$WORK/chart.pdf" | grep -q "Page size: *595.* x 841.* pts (A4)" || fail "not an A4 page: $(pdfinfo "$WORK/chart.pdf" | grep 'Page size')"
pdfinfo "$WORK/chart-a3.pdf" | grep -q "Page size: *841.* x 1190.* pts (A3)" || fail "not an A3 page"
pdfinfo "$WORK/chart.pdf" | grep -q "Title: *2026 나의 만다라트" || fail "the PDF's title is not the plan's"

# Every font embedded (pdffonts' "emb" column), and at least the Korean one.
pdffonts "$WORK/chart.pdf" | tail -n +3 > "$WORK/fonts.txt"
[ -s "$WORK/fonts.txt" ] || fail "the PDF names no fonts"
awk '$(NF-4) != "yes" { bad = 1; print "not embedded: " $0 } END { exit bad }' "$WORK/fonts.txt" >&2 || fail "a font is not embedded"

# The 81 texts, searchable: pdftotext breaks lines inside cells, so compare without white space.
pdftotext "$WORK/chart.pdf" - | tr -d ' \n' > "$WORK/text.txt"
"$BIN" show "$PLAN" --format json | python3 -c '
import json, sys
grid = json.load(sys.stdin)["grid"]
text = open(sys.argv[1], encoding="utf-8").read()
missing = [cell for row in grid for cell in row if cell and "".join(cell.split()) not in text]
if missing:
    sys.exit("FAIL: not found in the PDF text: " + ", ".join(missing))
print("ok: all %d texts of the chart are searchable in the PDF" % sum(1 for row in grid for cell in row if cell))
' "$WORK/text.txt"

# The page shows the chart: each cell's words inside its cell of a 9x9 grid, ink where they are.
"$BIN" show "$PLAN" --format json > "$WORK/grid.json"
python3 "$(dirname "$0")/pdf_chart_check.py" "$WORK/chart.pdf" "$WORK/grid.json"
python3 "$(dirname "$0")/pdf_chart_check.py" "$WORK/chart-a3.pdf" "$WORK/grid.json" --progress
