#!/bin/sh
# The window and input-method tests (ctest label "window") run ROUNDS times over, each round with
# JOBS in parallel as scripts/test.sh runs them, to find tests that fail by chance. Prints, per
# test, how many rounds it failed and the first line that said why; exits 1 if any failed.
#   scripts/flake_hunt.sh BUILD ROUNDS JOBS     (scripts/test.sh --repeat N calls it)
# Run it beside a busy neighbour to see the suite under load, e.g.
#   sh -c 'while :; do :; done' & scripts/test.sh --repeat 10; kill %1
set -eu
BUILD=$1
ROUNDS=$2
JOBS=$3
OUT=$BUILD/flake-hunt
rm -rf "$OUT" && mkdir -p "$OUT"
start=$(date +%s)
round=1
while [ "$round" -le "$ROUNDS" ]; do
    echo "== round $round of $ROUNDS"
    ctest --test-dir "$BUILD" -L window -j "$JOBS" --output-on-failure --output-junit "$(pwd)/$OUT/round-$round.xml" \
        > "$OUT/round-$round.log" 2>&1 || true
    grep -E "tests passed|\*\*\*Failed|Timeout" "$OUT/round-$round.log" || true
    round=$((round + 1))
done
python3 - "$OUT" "$ROUNDS" "$(($(date +%s) - start))" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
from collections import OrderedDict
out, rounds, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
runs, failures, why = OrderedDict(), {}, {}
for path in sorted(glob.glob(f"{out}/round-*.xml")):
    for case in ET.parse(path).getroot().iter("testcase"):
        name = case.get("name")
        runs[name] = runs.get(name, 0) + 1
        failure = case.find("failure")
        if case.get("status") != "run" or failure is not None:
            failures[name] = failures.get(name, 0) + 1
            text = (case.findtext("system-out") or "") + (failure.get("message", "") if failure is not None else "")
            fails = [l for l in text.splitlines() if "FAIL" in l or "Timeout" in l]
            why.setdefault(name, fails[0] if fails else (text.strip().splitlines() or ["?"])[-1])
total = sum(runs.values())
failed = sum(failures.values())
for name, n in runs.items():
    mark = f"{failures.get(name, 0)} of {n} failed" + (f": {why[name][:160]}" if name in why else "")
    print(f"  {name}: {mark}")
print(f"== flake hunt: {rounds} rounds, {total} window-test runs, {failed} failed, {seconds} s")
sys.exit(1 if failed else 0)
PY
