#!/bin/sh
# Keystroke to glyph through a real input method: the nine words of the input-method e2e test
# typed word-Tab-word by bench/key_typist (XTEST, DELAY_MS a key), the editor tracing each frame
# it shows (MANDALART_KEY_TRACE). A key's latency is from its press being sent to the first frame
# shown that drew it; each round's words are then saved and compared with what was typed. With LOAD=busy, both cores run a busy loop meanwhile. Writes to OUT/ime_IM_LOAD:
#   rounds=… words_exact_rounds=… keys=… p50_ms=… p95_ms=… max_ms=… answers=… answer_p50_ms=… answer_p95_ms=… answer_max_ms=… unanswered=…
# Runs on a display and session bus of its own:
#   tests/e2e/own_display.sh bench/ime_latency.sh BUILD OUT ibus|fcitx5 idle|busy DELAY_MS [ROUNDS]
set -eu
BUILD=$(cd "$1" && pwd)
OUT=$(mkdir -p "$2" && cd "$2" && pwd)
IM=$3 LOAD=$4 DELAY=$5 ROUNDS=${6:-3}
BIN=$BUILD/mandalart
E2E=$(cd "$(dirname "$0")/../tests/e2e" && pwd)
. "$E2E/window.sh"
. "$E2E/ime_session.sh"
BUSY=""
trap 'kill "$PID" $BUSY 2>/dev/null || true; stop_input_method; rm -rf "$WORK"' EXIT
unset MANDALART_X_KEYMAP
export MANDALART_TODAY=2026-03-04 MANDALART_DEBUG_IME=1
start_input_method "$IM"

# 성장 건강 독서 영어 운동 저축 가족 여행 공부, each followed by Tab (70 keys).
WORDS="t j d w k d Tab r j s r k d Tab e h r t j Tab d u d d j Tab d n s e h d Tab w j c n r Tab r k w h r Tab d u g o d Tab r h d q n Tab"
PLAN="$WORK/plan.mandalart.json"
: >"$WORK/sent"
: >"$WORK/answers"
if [ "$LOAD" = busy ]; then
    for _ in 1 2; do sh -c 'while :; do :; done' & BUSY="$BUSY $!"; done
fi
for round in $(seq 1 "$ROUNDS"); do
    rm -f "$PLAN"
    "$BIN" new "$PLAN" --year 2026 >/dev/null
    MANDALART_KEY_TRACE="$WORK/trace.$round" start_editor "$BIN" "$PLAN" "$WORK/stderr"
    wait_state "$IM: the editor talking to the input method" "ime=$IM"
    # shellcheck disable=SC2086  # one key per word
    "$BUILD/bench/key_typist" "$DELAY" $WORDS >"$WORK/sent.$round"
    KEYS_SENT=$(wc -l <"$WORK/sent.$round")
    wait_state "$IM: the window to act on every key" "keys=$KEYS_SENT"
    KEYS_TO_FOCUS=1 press ctrl+s
    wait_state "$IM: the plan saved" "dirty=0"
    KEYS_TO_FOCUS=1 quit_editor
    "$BIN" show "$PLAN" --format json | python3 -c 'import json, sys; g = json.load(sys.stdin)["grid"]
print(" ".join(g[r][c] for r, c in [(4, 4), (3, 3), (3, 4), (3, 5), (4, 3), (4, 5), (5, 3), (5, 4), (5, 5)]))' >"$WORK/words.$round"
    sed -n "s/^mandalart: $(echo "$IM" | sed 's/ibus/IBus/; s/fcitx5/Fcitx5/'): //p" "$WORK/stderr" >>"$WORK/answers"
done
[ -z "$BUSY" ] || kill $BUSY 2>/dev/null || true
BUSY=""

python3 - "$WORK" "$ROUNDS" >"$OUT/ime_${IM}_${LOAD}" <<'PY'
import re, sys
work, rounds = sys.argv[1], int(sys.argv[2])
latencies = []
for r in range(1, rounds + 1):
    sent = [float(l) for l in open(f"{work}/sent.{r}")]
    shown = [tuple(map(float, l.split())) for l in open(f"{work}/trace.{r}")]
    for k, t in enumerate(sent, start=1):
        drawn = next((ms for ms, keys in shown if keys >= k), None)
        if drawn is None:
            sys.exit(f"key {k} of round {r} was never drawn")
        latencies.append(drawn - t)
latencies.sort()
pick = lambda p: latencies[min(len(latencies) - 1, max(0, -(-len(latencies) * p // 100) - 1))]
answers = [dict(re.findall(r"(\w+) ([\d.]+)", l.replace(" ms", ""))) for l in open(f"{work}/answers")]
# "412 answers: p50 0.9 ms, p95 3.1 ms, p99 12 ms, max 48 ms; 0 unanswered" per round
n = sum(int(l.split()[0]) for l in open(f"{work}/answers"))
worst = lambda key: max(float(a.get(key, 0)) for a in answers) if answers else 0
unanswered = sum(int(re.search(r"(\d+) unanswered", l).group(1)) for l in open(f"{work}/answers"))
typed = "성장 건강 독서 영어 운동 저축 가족 여행 공부"
exact = sum(open(f"{work}/words.{r}").read().strip() == typed for r in range(1, rounds + 1))
print(f"rounds={rounds} words_exact_rounds={exact} keys={len(latencies)} p50_ms={pick(50):.1f} p95_ms={pick(95):.1f} max_ms={latencies[-1]:.1f} "
      f"answers={n} answer_p50_ms={worst('p50'):.1f} answer_p95_ms={worst('p95'):.1f} answer_max_ms={worst('max'):.1f} "
      f"unanswered={unanswered}")
PY
cat "$OUT/ime_${IM}_${LOAD}"
