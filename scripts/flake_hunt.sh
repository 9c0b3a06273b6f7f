#!/bin/sh
# The window and input-method tests (ctest label "window") run ROUNDS times over, each round with
# JOBS in parallel as scripts/test.sh runs them, to find tests that fail by chance. Prints, per
# test, how many rounds it failed and the first line that said why; exits 1 if any failed.
#   scripts/flake_hunt.sh BUILD ROUNDS JOBS     (scripts/test.sh --repeat N calls it)
# Run it beside a busy neighbour to see the suite under load, e.g.
#   sh -c 'while :; do :; done' & scripts/test.sh --repeat 10; kill %1
# With --record (scripts/test.sh --repeat N --record) its result replaces the hunt recorded in
# docs/RELIABILITY.md (between <!-- flake-hunt --> and <!-- /flake-hunt -->).
set -eu
BUILD=$1
ROUNDS=$2
JOBS=$3
RECORD=${4:-}
OUT=$BUILD/flake-hunt
rm -rf "$OUT" && mkdir -p "$OUT"
start=$(date +%s)
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
round=1
while [ "$round" -le "$ROUNDS" ]; do
    echo "== round $round of $ROUNDS"
    ctest --test-dir "$BUILD" -L window -j "$JOBS" --output-on-failure --output-junit "$(pwd)/$OUT/round-$round.xml" \
        > "$OUT/round-$round.log" 2>&1 || true
    grep -E "tests passed|\*\*\*Failed|Timeout" "$OUT/round-$round.log" || true
    round=$((round + 1))
done
LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)
status=0
python3 - "$OUT" "$ROUNDS" "$(($(date +%s) - start))" "$JOBS" "$LOAD_BEFORE" "$LOAD_AFTER" "$(uname -sr) $(uname -m), $(nproc) cores" <<'PY' || status=1
import datetime, glob, sys, xml.etree.ElementTree as ET
from collections import OrderedDict
out, rounds, seconds, jobs, load_before, load_after, machine = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6], sys.argv[7]
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
with open(f"{out}/summary.md", "w", encoding="utf-8") as md:
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    md.write("<!-- flake-hunt -->\n")
    md.write(f"Last hunt: {when}, `scripts/test.sh --repeat {rounds}`, {jobs} tests at once, on {machine}; "
             f"load average {load_before} at the start, {load_after} at the end. "
             f"**{total} runs, {failed} failed**, in {seconds} s.\n\n")
    md.write("| Window test | Runs | Failed | First failure |\n|---|---:|---:|---|\n")
    for name, n in runs.items():
        reason = why.get(name, "").replace("|", "\\|")[:120]
        md.write(f"| {name.removeprefix('e2e: ')} | {n} | {failures.get(name, 0)} | {reason} |\n")
    md.write("<!-- /flake-hunt -->\n")
sys.exit(1 if failed else 0)
PY
if [ "$RECORD" = --record ]; then
    # The recorded hunt in docs/RELIABILITY.md gives way to this one.
    python3 - docs/RELIABILITY.md "$OUT/summary.md" <<'PY'
import re, sys
page, hunt = open(sys.argv[1], encoding="utf-8").read(), open(sys.argv[2], encoding="utf-8").read().rstrip("\n")
marked = re.compile(r"<!-- flake-hunt -->.*?<!-- /flake-hunt -->", re.S)
page = marked.sub(lambda _: hunt, page) if marked.search(page) else page.rstrip("\n") + "\n\n## The window tests, repeated\n\n" + hunt + "\n"
open(sys.argv[1], "w", encoding="utf-8").write(page)
PY
    echo "== recorded the hunt in docs/RELIABILITY.md"
fi
exit $status
