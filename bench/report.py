#!/usr/bin/env python3
"""bench/report.py OUT [--write DOC]: prints bench/measure.sh's results side by side, and with
--write also writes them, with the machine, the commands and bench/CHANGES.md, to DOC."""
import json
import os
import platform
import re
import statistics
import subprocess
import sys

out = sys.argv[1]
doc = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--write" else None
here = os.path.dirname(os.path.abspath(__file__))

TARGETS = {"startup": 1.10, "rss": 1.15, "idle": 0.1, "frame_us": 1000.0, "load": 1.5, "keystroke_p95_ms": 250.0}


def fields(line):
    return {k: float(v) for k, v in re.findall(r"(\w+)=([-\d.]+)", line)}


def lines(name):
    path = os.path.join(out, name)
    return [fields(l) for l in open(path)] if os.path.exists(path) else []


def gbench(name):
    """Google Benchmark JSON → {case: median real time in µs}."""
    data = json.load(open(os.path.join(out, name)))
    times = {}
    for b in data["benchmarks"]:
        if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
            continue
        times.setdefault(b["run_name"], []).append(b["real_time"])
    return {k: statistics.median(v) for k, v in times.items()}


def verdict(ok):
    return "met" if ok else "**missed**"


rows = []  # (section, markdown lines)

# 1. Start-up
app, bare, fallback = lines("startup_app"), lines("startup_bare"), lines("startup_fallback")
med = lambda runs, key: statistics.median(r[key] for r in runs)
t_app, t_bare, t_fb = med(app, "wall_ms"), med(bare, "wall_ms"), med(fallback, "wall_ms")
m_app, m_bare, m_fb = med(app, "peak_rss_kb") / 1024, med(bare, "peak_rss_kb") / 1024, med(fallback, "peak_rss_kb") / 1024
c_app, c_bare = med(app, "cpu_s"), med(bare, "cpu_s")
startup_ok = t_app / t_bare <= TARGETS["startup"] and t_fb / t_bare <= TARGETS["startup"]
rss_ok = m_app / m_bare <= TARGETS["rss"] and m_fb / m_bare <= TARGETS["rss"]
rows.append(("1. Start to first complete frame (median of %d runs each, interleaved)" % len(app), [
    "| | mandalart | bare ImGui window | ratio | target |",
    "|---|---:|---:|---:|---|",
    f"| wall time to the PNG | {t_app:.0f} ms | {t_bare:.0f} ms | {t_app / t_bare:.2f}× | ≤ {TARGETS['startup']:.2f}×: {verdict(t_app / t_bare <= TARGETS['startup'])} |",
    f"| … a plan needing the fallback fonts (emoji, Hanja, Chinese) | {t_fb:.0f} ms | {t_bare:.0f} ms | {t_fb / t_bare:.2f}× | ≤ {TARGETS['startup']:.2f}×: {verdict(t_fb / t_bare <= TARGETS['startup'])} |",
    f"| peak resident memory | {m_app:.1f} MB | {m_bare:.1f} MB | {m_app / m_bare:.2f}× | ≤ {TARGETS['rss']:.2f}×: {verdict(m_app / m_bare <= TARGETS['rss'])} |",
    f"| … with the fallback fonts | {m_fb:.1f} MB | {m_bare:.1f} MB | {m_fb / m_bare:.2f}× | ≤ {TARGETS['rss']:.2f}×: {verdict(m_fb / m_bare <= TARGETS['rss'])} |",
    f"| CPU time (all threads) | {c_app:.2f} s | {c_bare:.2f} s | {c_app / c_bare:.2f}× | |",
    f"| spread of wall times | {min(r['wall_ms'] for r in app):.0f}–{max(r['wall_ms'] for r in app):.0f} ms "
    f"| {min(r['wall_ms'] for r in bare):.0f}–{max(r['wall_ms'] for r in bare):.0f} ms | | |",
]))

# 2. Idle
idle_app = lines("idle_app")[0]
idle_stock = lines("idle_stock")
idle_ok = idle_app["idle_cpu_s"] < TARGETS["idle"]
stock = f"{idle_stock[0]['idle_cpu_s']:.2f} CPU-s" if idle_stock else "not built"
rows.append(("2. Idle: the window open %d s without input" % idle_app["seconds"], [
    "| | mandalart (full-year plan) | ImGui's stock example loop | target |",
    "|---|---:|---:|---|",
    f"| CPU used while idle | {idle_app['idle_cpu_s']:.2f} CPU-s | {stock} | < 0.1 CPU-s: {verdict(idle_ok)} |",
]))

# 3. Views
views = gbench("views.json")
frame_lines = ["| view | instructions / frame (callgrind) | time / frame (Google Benchmark, median) | target |",
               "|---|---:|---:|---|"]
frames_ok = True
for view in ("chart", "focus", "checkin", "review"):
    cg = lines("frames_" + view)
    instructions = f"{cg[0]['instructions'] / cg[0]['frames']:,.0f}" if cg else "(smoke run: not counted)"
    us = views[f"frame_of/{view}"]
    frames_ok &= us < TARGETS["frame_us"]
    frame_lines.append(f"| {view} | {instructions} | {us:.0f} µs | < 1 ms: {verdict(us < TARGETS['frame_us'])} |")
rows.append(("3. One frame of each view, drawn headless (no GPU), on the full-year plan", frame_lines))

# 4. Files
files = gbench("files.json")
kb = int(open(os.path.join(out, "plan_bytes")).read()) / 1024
file_lines = ["| work | mandalart | bare nlohmann_json | ratio | target |", "|---|---:|---:|---:|---|"]
load_ok = True
for what, ours, theirs, label in (
        ("load", "load_mandalart", "load_bare", "load + validate / read + parse"),
        ("encode", "encode_mandalart", "encode_bare", "encode / dump"),
        ("save", "save_mandalart", "save_bare", "save / dump + the same atomic write")):
    for scope, name in (("year", f"one year ({kb:.0f} KB)"), ("folder", "ten-year folder")):
        a, b = files[f"{ours}/{scope}"], files[f"{theirs}/{scope}"]
        target = ""
        if what == "load":
            load_ok &= a / b <= TARGETS["load"]
            target = f"≤ 1.5×: {verdict(a / b <= TARGETS['load'])}"
        file_lines.append(f"| {label}, {name} | {a:,.0f} µs | {b:,.0f} µs | {a / b:.2f}× | {target} |")
rows.append(("4. Files: a plan with every week checked in and a note on each week", file_lines))

# 5. Keystroke to glyph through an input method
ime_lines = ["| input method | machine | keystroke → glyph p50 | p95 | max | its answers p50 / p95 / max | words exact | target |",
             "|---|---|---:|---:|---:|---:|---:|---|"]
ime_ok = True
for im in ("ibus", "fcitx5"):
    for load, machine in (("idle", "idle"), ("busy", "both cores busy")):
        runs = lines(f"ime_{im}_{load}")
        if not runs:
            continue
        r = runs[0]
        ok = r["p95_ms"] < TARGETS["keystroke_p95_ms"] and r["words_exact_rounds"] == r["rounds"]
        ime_ok &= ok
        ime_lines.append(f"| {im}-hangul | {machine} | {r['p50_ms']:.0f} ms | {r['p95_ms']:.0f} ms | {r['max_ms']:.0f} ms "
                         f"| {r['answer_p50_ms']:.1f} / {r['answer_p95_ms']:.1f} / {r['answer_max_ms']:.1f} ms "
                         f"| {r['words_exact_rounds']:.0f} of {r['rounds']:.0f} rounds "
                         f"| p95 < {TARGETS['keystroke_p95_ms']:.0f} ms, words exact: {verdict(ok)} |")
rows.append(("5. Keystroke to glyph through an input method: nine words typed word-Tab-word, 50 ms a key", ime_lines))

for title, body in rows:
    print("== " + title)
    print("\n".join(body))
    print()
all_ok = startup_ok and rss_ok and idle_ok and frames_ok and load_ok and ime_ok
print("== targets: " + ("all met" if all_ok else "NOT all met (see above)"))

if doc:
    def run(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, shell=True).stdout.strip()
        except OSError:
            return "?"
    cpu = run("sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1")
    memory = run("awk '/MemTotal/ {printf \"%.0f GiB\", $2 / 1048576}' /proc/meminfo")
    os_name = run(". /etc/os-release && echo \"$PRETTY_NAME\"")
    def define(path, name):
        try:
            with open(path, encoding="utf-8") as header:
                for line in header:
                    if line.startswith(f"#define {name} "):
                        return line.split(None, 2)[2].strip().strip('"')
        except OSError:
            pass
        return "?"
    glfw = ".".join(define("third_party/glfw/include/GLFW/glfw3.h", f"GLFW_VERSION_{part}") for part in ("MAJOR", "MINOR", "REVISION"))
    packages = (f"Dear ImGui {define('third_party/imgui/imgui.h', 'IMGUI_VERSION')} and GLFW {glfw} (third_party), "
                + run("dpkg-query -W -f='${Package} ${Version}, ' nlohmann-json3-dev "
                      "libgl1-mesa-dri libbenchmark-dev valgrind xvfb 2>/dev/null").rstrip(", "))
    with open(doc, "w") as f:
        f.write("# Performance\n\n")
        f.write("Written by `bench/run.sh` from its last run; do not edit by hand.\n\n")
        f.write("## Machine\n\n")
        f.write(f"- {cpu}, {os.cpu_count()} cores, {memory}; {os_name}, Linux {platform.release()}\n")
        f.write("- OpenGL is Mesa's llvmpipe (software) under Xvfb; no GPU\n")
        f.write(f"- Packages: {packages}\n\n")
        f.write("## Commands\n\n")
        f.write("- `bench/run.sh`: builds Release with `-DMANDALART_BENCH=ON` and runs `bench/measure.sh` under "
                "`xvfb-run`; this page is written from its results by `bench/report.py`.\n")
        f.write("- Start-up: `mandalart 2026.mandalart.json --screenshot OUT.png --size 1280x800` against "
                "`bench/bare_window --screenshot OUT.png --size 1280x800` (one line of ASCII, ImGui's own font, "
                "the same four frames laid out and the last one drawn, the same PNG writer), each timed by "
                "`bench/measure_run` (fork to exit; peak RSS and CPU from `wait4`). The plan is the newest "
                "of ten full years in one folder (`bench/bench_fixtures`).\n")
        f.write("- Idle: the editor, and ImGui's `examples/example_glfw_opengl3/main.cpp` of the same version "
                "(third_party/imgui), each started, found mapped with `xdotool`, given 1 s, then utime + stime from "
                "`/proc/PID/stat` over the next seconds.\n")
        f.write("- Views: `valgrind --tool=callgrind --collect-atstart=no --toggle-collect=measured_frames "
                "bench/view_frames VIEW 200`, and `bench/view_bench` (Google Benchmark, 5 repetitions, median). "
                "The year is over (31 December): the review's heatmap has every week.\n")
        f.write("- Files: `bench/file_bench` (Google Benchmark, 5 repetitions, median). A save checks that "
                "nobody changed the file, keeps the version it replaces, and writes atomically with fsync; "
                "the bare save is nlohmann's dump written with the same atomic write.\n")
        f.write("- Keystroke to glyph: `tests/e2e/own_display.sh bench/ime_latency.sh BUILD OUT IM LOAD 50 5`: "
                "the real input method (ibus-hangul or fcitx5-hangul) on a display and session bus of its own, "
                "`bench/key_typist` pressing the keys of nine words word-Tab-word through XTEST 50 ms apart and "
                "noting when it sent each (CLOCK_MONOTONIC), the editor with `MANDALART_KEY_TRACE` noting when "
                "each frame that drew new keys was swapped; 5 rounds of 57 keys. Busy: two `while :; do :; done` "
                "loops meanwhile. The input method's own answer times are the editor's (`MANDALART_DEBUG_IME`), "
                "the worst round's. Each round's nine cells are saved and compared with what was typed. The plan "
                "starts blank, so nearly every jamo and syllable typed is a character not yet shown: its glyph is "
                "loaded (FreeType, at the size shown) and put in the atlas texture within the frame that shows it; "
                "this is the time from typing a new character to its glyph on screen.\n\n")
        f.write("## Results\n\n")
        for title, body in rows:
            f.write(f"### {title}\n\n" + "\n".join(body) + "\n\n")
        f.write("**Targets: " + ("all met.**\n\n" if all_ok else "not all met; see above and below.**\n\n"))
        f.write(open(os.path.join(here, "CHANGES.md")).read())
sys.exit(0)
