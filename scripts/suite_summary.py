#!/usr/bin/python3
"""One line per tier of a scripts/test.sh run: tests, failures, seconds.

    suite_summary.py TIERS_FILE

TIERS_FILE holds one line per tier as scripts/test.sh ran it, either
    ctest NAME JUNIT_XML      a ctest run, split into tiers by the tests' prefixes ("core: ", "e2e: ")
    step NAME STATUS SECONDS  a step that is one check (the package, fuzzing, the benchmarks)
"""
import sys
import xml.etree.ElementTree as ET
from collections import OrderedDict


def ctest_tiers(prefix, junit):
    tiers = OrderedDict()
    try:
        cases = ET.parse(junit).getroot().iter("testcase")
    except (OSError, ET.ParseError) as e:
        tiers[prefix or "ctest"] = [0, 1, 0.0, f"no results ({e})"]
        return tiers
    for case in cases:
        name = case.get("name", "")
        tier = name.split(":", 1)[0] if ":" in name else "other"
        if prefix:
            tier = f"{prefix} {tier}"
        t = tiers.setdefault(tier, [0, 0, 0.0, ""])
        t[0] += 1
        t[1] += case.get("status") not in ("run", None) or case.find("failure") is not None
        t[2] += float(case.get("time", "0") or 0)
    return tiers


def main():
    rows = OrderedDict()
    for line in open(sys.argv[1], encoding="utf-8"):
        words = line.split()
        if not words:
            continue
        if words[0] == "ctest":
            rows.update(ctest_tiers("" if words[1] == "release" else words[1], words[2]))
        elif words[0] == "step":
            rows[words[1]] = [1, 0 if words[2] == "0" else 1, float(words[3]), ""]
    width = max((len(k) for k in rows), default=5)
    total_failed = 0
    print(f"{'tier':<{width}}  {'tests':>5}  {'failed':>6}  {'seconds':>8}  (a ctest tier's seconds: its tests' times added up)")
    for name, (tests, failed, seconds, note) in rows.items():
        total_failed += failed
        print(f"{name:<{width}}  {tests:>5}  {failed:>6}  {seconds:>8.1f}{('  ' + note) if note else ''}")
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
