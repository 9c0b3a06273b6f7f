#!/bin/sh
# `export --format ics`, read back by python3-icalendar as a calendar program would: CRLF lines of
# at most 75 octets that unfold to the Hangul title, UID and DTSTAMP on every component, a weekly
# rule that gives exactly the plan's weeks from its start week at the chosen time, an alarm, the
# command that opens the check-in, and a to-do for each milestone not done yet.
set -eu
BIN=$1
. "$(dirname "$0")/../e2e/work_folder.sh"
PY=/usr/bin/python3  # the distribution's python, where python3-icalendar is installed
PLAN="$WORK/2026.mandalart.json"
"$BIN" new "$PLAN" --example >/dev/null
"$BIN" start "$PLAN" 2026-W29 >/dev/null                             # a plan begun in July
"$BIN" check "$PLAN" 2.7 --week 2026-W30 >/dev/null                  # one milestone done
"$BIN" export "$PLAN" --format ics --day sun --time 21:30 --lang ko -o "$WORK/checkin.ics" >/dev/null
"$BIN" report "$PLAN" --as-of 2026-12-31 --format json > "$WORK/report.json"
! "$BIN" export "$PLAN" --format ics -o "$WORK/checkin.ics" 2>/dev/null || fail "an existing .ics was replaced without --force"
! "$BIN" export "$PLAN" --format ics --time 9pm 2>/dev/null || fail "--time 9pm was taken"

"$PY" - "$WORK/checkin.ics" "$WORK/report.json" "$PLAN" <<'PYTHON'
import datetime, json, sys
from dateutil.rrule import rrulestr
import icalendar

ics_path, report_path, plan_path = sys.argv[1:4]
raw = open(ics_path, "rb").read()
def fail(message):
    sys.exit("FAIL: " + message)

lines = raw.split(b"\r\n")
if lines[-1] != b"" or b"\n" in raw.replace(b"\r\n", b""):
    fail("every line must end in CRLF")
for line in lines:
    if len(line) > 75:
        fail("a line of %d octets: %r" % (len(line), line[:40]))
    line.decode("utf-8")  # folding never splits a UTF-8 sequence
if not any(line.startswith(b" ") for line in lines):
    fail("nothing was folded: the test plan should need it")

calendar = icalendar.Calendar.from_ical(raw)
plan = json.load(open(plan_path, encoding="utf-8"))
report = json.load(open(report_path, encoding="utf-8"))
components = [c for c in calendar.walk() if c.name in ("VEVENT", "VTODO")]
for c in components:
    if "UID" not in c or "DTSTAMP" not in c:
        fail(c.name + " without UID or DTSTAMP")
if len({str(c["UID"]) for c in components}) != len(components):
    fail("two components share a UID")

events = [c for c in calendar.walk() if c.name == "VEVENT"]
if len(events) != 1:
    fail("%d events, not one" % len(events))
event = events[0]
if str(event["SUMMARY"]) != "주간 체크인 · " + plan["title"]:
    fail("summary %r" % str(event["SUMMARY"]))
if "--view checkin" not in str(event["DESCRIPTION"]) or plan_path not in str(event["DESCRIPTION"]):
    fail("the description does not say how to open the check-in: %r" % str(event["DESCRIPTION"]))
if not [a for a in event.walk() if a.name == "VALARM"]:
    fail("no alarm")
start = event["DTSTART"].dt
if start.tzinfo is not None:
    fail("DTSTART is not floating local time")
rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
weeks = [d.isocalendar() for d in rule]
expected = list(range(29, 54))  # 2026 has 53 ISO weeks
if [w[1] for w in weeks] != expected or any(w[0] != 2026 for w in weeks):
    fail("the weekly rule gives weeks %s" % [w[1] for w in weeks])
if any(d.isoweekday() != 7 or (d.hour, d.minute) != (21, 30) for d in rule):
    fail("not every Sunday at 21:30")

open_milestones = {a["text"] for g in report["sub_goals"] for a in g["actions"]
                   if a["target"] == "once" and a["tracked"] and a["achieved"] == 0}
todos = [c for c in calendar.walk() if c.name == "VTODO"]
if {str(t["SUMMARY"]) for t in todos} != open_milestones or len(todos) != len(open_milestones):
    fail("to-dos %s, open milestones %s" % (sorted(str(t["SUMMARY"]) for t in todos), sorted(open_milestones)))
if not open_milestones:
    fail("the example plan should have open milestones")
for t in todos:
    if t["DUE"].dt != datetime.date(2026, 12, 31):
        fail("a to-do not due on 31 December")
print("ok: %d lines, weeks 29-53 on Sundays at 21:30, %d to-dos" % (len(lines) - 1, len(todos)))
PYTHON
