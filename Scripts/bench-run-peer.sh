#!/usr/bin/env bash
# `relgraph run` beside the Python peer (spaCy + NetworkX + pygraphviz), interleaved.
#
# The machine's speed drifts by up to 40 % from minute to minute, so one peer run against the
# best of a few relgraph runs (Scripts/bench-extraction.sh) can land in different minutes.
# Here each of ROUNDS rounds runs the peer once and then `relgraph run` REPEAT times on the
# same corpus, so that both see the same minutes; the summary gives the ratio of the medians
# (the robust figure) and of the per-round best relgraph run (what bench-extraction reports).
#
# Usage: Scripts/bench-run-peer.sh [CORPUS.jsonl]   (default /tmp/corp/c1.jsonl; make it with
#   python3 ../shared/bench/make_corpus.py --mb 1 --out /tmp/corp/c1.jsonl)
# Environment: BIN (default .build/release/relgraph), PYTHON (default /tmp/peer/bin/python),
#   PEER (default ../shared/bench/python_peer.py), ROUNDS (default 3), REPEAT (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-/tmp/corp/c1.jsonl}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$corpus" "${BIN:-.build/release/relgraph}" "${PYTHON:-/tmp/peer/bin/python}" \
  "${PEER:-../shared/bench/python_peer.py}" "${ROUNDS:-3}" "${REPEAT:-5}" "$work" <<'PY'
import statistics, subprocess, sys, time
corpus, binary, python, peer, rounds, repeat, work = sys.argv[1:8]
def wall(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start
peers, runs, ratios = [], [], []
for r in range(int(rounds)):
    peers.append(wall([python, peer, corpus, f"{work}/peer"]))
    these = [wall([binary, "run", corpus, "--out", f"{work}/run", "--name", "bench"]) for _ in range(int(repeat))]
    runs += these
    ratios.append(peers[-1] / min(these))
    print(f"round {r + 1}: peer {peers[-1]:.2f} s; relgraph run " + " ".join(f"{x:.3f}" for x in these) + " s")
p, m = statistics.median(peers), statistics.median(runs)
print(f"medians: peer {p:.2f} s, relgraph run {m:.3f} s: {p / m:.0f}x (target 100x {'met' if p / m >= 100 else 'missed'})")
print("per round, peer / best relgraph run: " + ", ".join(f"{x:.0f}x" for x in ratios))
PY
