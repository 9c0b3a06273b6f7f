#!/bin/bash
# bench/measure.sh BUILD OUT [--smoke]: takes every measurement bench/run.sh reports and leaves the
# raw results in OUT. Needs an X display (bench/run.sh runs it under xvfb-run).
#   --smoke: each benchmark once, briefly (scripts/test.sh): they build and run; no timing is judged.
set -euo pipefail
build=$(cd "$1" && pwd)
out=$2
runs=15 idle_seconds=10 frames=200 min_time=0.5 repetitions=5
if [ "${3:-}" = --smoke ]; then runs=1 idle_seconds=1 frames=3 min_time=0.01 repetitions=1; fi
mkdir -p "$out"
work=$(mktemp -d /tmp/mandalart-bench-XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
# Everything the editor keeps (settings, backups, journals) stays in the work folder.
export XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache LANG=ko_KR.UTF-8
"$build/bench/bench_fixtures" "$work/plans"
plan=$work/plans/2026.mandalart.json   # the newest of ten full years, in their folder
size=1280x800

# 1. Start to first complete frame, written as a PNG: the editor against the bare window.
startup() {  # NAME CMD...: appends "wall_ms=… peak_rss_kb=… cpu_s=… exit=…" to OUT/startup_NAME
    local name=$1; shift
    "$build/bench/measure_run" "$@" 2>&1 >/dev/null | grep '^wall_ms=' >> "$out/startup_$name"
}
rm -f "$out"/startup_*
app=("$build/mandalart" "$plan" --screenshot "$work/app.png" --size "$size")
fallback=("$build/mandalart" "$work/plans/fallbacks/2026.mandalart.json" --screenshot "$work/fallback.png" --size "$size")
bare=("$build/bench/bare_window" --screenshot "$work/bare.png" --size "$size")
"${app[@]}" && "${fallback[@]}" && "${bare[@]}"  # warm the page cache; not counted
for _ in $(seq "$runs"); do  # interleaved, so that all see the same machine
    startup app "${app[@]}"
    startup fallback "${fallback[@]}"
    startup bare "${bare[@]}"
done

# 2. Idle: CPU seconds used while the window sits open without input.
clock_ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
idle() {  # NAME CMD...: writes "idle_cpu_s=… total_cpu_s=… seconds=…" to OUT/idle_NAME
    local name=$1; shift
    (cd "$work" && exec "$@") >/dev/null 2>&1 &  # in the work folder: the stock example writes imgui.ini
    local pid=$!
    timeout 30 xdotool search --sync --onlyvisible --pid "$pid" >/dev/null
    sleep 1  # the frames drawn as the window appears
    local before after
    before=$(cpu_ticks "$pid")
    sleep "$idle_seconds"
    after=$(cpu_ticks "$pid")
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    awk -v b="$before" -v a="$after" -v t="$clock_ticks" -v s="$idle_seconds" \
        'BEGIN { printf "idle_cpu_s=%.3f total_cpu_s=%.3f seconds=%d\n", (a - b) / t, a / t, s }' > "$out/idle_$name"
}
idle app "$build/mandalart" "$plan"
if [ -x "$build/bench/imgui_stock_example" ]; then idle stock "$build/bench/imgui_stock_example"; else rm -f "$out/idle_stock"; fi

# 3. Per-frame cost of each view: instructions (callgrind, repeatable) and time (Google Benchmark).
for view in chart focus checkin review; do
    if [ "${3:-}" = --smoke ]; then
        "$build/bench/view_frames" "$view" "$frames"
    else
        valgrind --tool=callgrind --collect-atstart=no --toggle-collect=measured_frames \
            --callgrind-out-file="$work/callgrind.$view" "$build/bench/view_frames" "$view" "$frames" 2>/dev/null
        echo "instructions=$(sed -n 's/^totals: *//p' "$work/callgrind.$view") frames=$frames" > "$out/frames_$view"
    fi
done
gbench=(--benchmark_format=json --benchmark_min_time="$min_time" --benchmark_repetitions="$repetitions")
"$build/bench/view_bench" "${gbench[@]}" > "$out/views.json"

# 4. Files: load + validate, encode and save, against nlohmann_json's bare parse and dump.
"$build/bench/file_bench" "${gbench[@]}" > "$out/files.json"
wc -c < "$plan" > "$out/plan_bytes"

# 5. Keystroke to glyph through ibus-hangul and fcitx5-hangul, 50 ms a key, idle and with both
# cores busy: each on a display and session bus of its own (bench/ime_latency.sh).
here=$(cd "$(dirname "$0")" && pwd)
if [ "${3:-}" = --smoke ]; then
    "$here/../tests/e2e/own_display.sh" "$here/ime_latency.sh" "$build" "$out" ibus idle 50 1 >/dev/null
else
    for im in ibus fcitx5; do
        for load in idle busy; do
            "$here/../tests/e2e/own_display.sh" "$here/ime_latency.sh" "$build" "$out" "$im" "$load" 50 5 >/dev/null
        done
    done
fi
