#!/usr/bin/env bash
# Extraction speed and start-up of whole processes, against spaCy in the same run.
#
# Times with /usr/bin/time (wall seconds, peak resident memory) every whole process below and
# prints a Markdown table with seconds, MB/s (MB = 10^6 bytes of input file), peak MB and the
# ratios asked by issue #11:
#   relgraph extract --format jsonl and relgraph build, 1 and 2 threads, on the big corpus;
#   spaCy en_core_web_sm (tok2vec + senter + ner, Scripts/anchor_spacy.py) on the first
#   SPACY_MB MB of the same corpus (it is slow);
#   relgraph run and the Python peer (spaCy + NetworkX + pygraphviz) on the small and the big
#   corpus.
# Ratios: relgraph MB/s / spaCy MB/s (both whole processes), and peer s / relgraph run s; each
# against its target (800x spaCy on one thread, 1.6 x 800x on two, run 100x faster than the
# peer).
#
# Usage: Scripts/bench-extraction.sh [BIG.jsonl] [SMALL.jsonl]
#   defaults /tmp/corp/c10.jsonl and /tmp/corp/c1.jsonl (make them with
#   python3 ../shared/bench/make_corpus.py --mb 10 --out /tmp/corp/c10.jsonl, and --mb 1).
# Environment: BIN (default .build/release/relgraph), PYTHON (default /tmp/peer/bin/python),
#   PEER (default ../shared/bench/python_peer.py), SPACY_MB (default 1), SKIP_PEER=1 to skip
#   the Python peer (about 30 s a MB), SKIP_PEER_BIG=1 to run it on the small corpus only.
set -euo pipefail
cd "$(dirname "$0")/.."
big=${1:-/tmp/corp/c10.jsonl}
small=${2:-/tmp/corp/c1.jsonl}
bin=${BIN:-.build/release/relgraph}
python=${PYTHON:-/tmp/peer/bin/python}
peer=${PEER:-../shared/bench/python_peer.py}
spacy_mb=${SPACY_MB:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mb() { python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.3f}')" "$1"; }
# timed NAME COMMAND...: runs the command, keeps "seconds peak-KB" in $work/NAME.time.
timed() {
  local name=$1
  shift
  /usr/bin/time -o "$work/$name.time" -f "%e %M" "$@" >"$work/$name.out" 2>"$work/$name.err"
}
seconds() { cut -d' ' -f1 "$work/$1.time"; }
peak() { awk '{printf "%.0f", $2 / 1024}' "$work/$1.time"; }

big_mb=$(mb "$big")
small_mb=$(mb "$small")
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)  big: $big ($big_mb MB)  small: $small ($small_mb MB)" >&2

for t in 1 2; do
  timed "extract$t" "$bin" extract "$big" --format jsonl --threads "$t" -o "$work/x$t.jsonl"
  timed "build$t" "$bin" build "$big" --threads "$t" -o "$work/b$t.relgraph.json"
done
cmp -s "$work/x1.jsonl" "$work/x2.jsonl" || echo "WARNING: extract output differs between 1 and 2 threads" >&2
cmp -s "$work/b1.relgraph.json" "$work/b2.relgraph.json" || echo "WARNING: build output differs between 1 and 2 threads" >&2
timed spacy "$python" Scripts/anchor_spacy.py "$big" --mb "$spacy_mb"
spacy_read=$(awk '{print $3}' "$work/spacy.out")
spacy_pipe=$(awk '{print $4}' "$work/spacy.out")
timed run_small "$bin" run "$small" --out "$work/run_small" --name small
timed run_big "$bin" run "$big" --out "$work/run_big" --name big
if [ "${SKIP_PEER:-0}" != 1 ]; then
  timed peer_small "$python" "$peer" "$small" "$work/peer_small"
  if [ "${SKIP_PEER_BIG:-0}" != 1 ]; then
    timed peer_big "$python" "$peer" "$big" "$work/peer_big"
  fi
fi

spacy_rate=$(python3 -c "print(f'{$spacy_read / $(seconds spacy):.4f}')")
row() {  # row LABEL NAME MB TARGET
  python3 - "$1" "$(seconds "$2")" "$3" "$(peak "$2")" "$spacy_rate" "$4" <<'PY'
import sys
label, s, mb, peak, spacy, target = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], float(sys.argv[5]), sys.argv[6]
rate = mb / s
verdict = "" if target == "-" else (" met" if rate / spacy >= float(target) else " missed")
print(f"| {label} | {s:.2f} | {rate:.2f} | {peak} | {rate / spacy:.0f}x | {target}{verdict} |")
PY
}

echo "| Whole process | Seconds | MB/s | Peak MB | vs spaCy sm MB/s | Target |"
echo "|---|---|---|---|---|---|"
row "relgraph extract --format jsonl --threads 1 ($big_mb MB)" extract1 "$big_mb" 800
row "relgraph extract --format jsonl --threads 2" extract2 "$big_mb" 1280
row "relgraph build --threads 1 ($big_mb MB)" build1 "$big_mb" 800
row "relgraph build --threads 2" build2 "$big_mb" 1280
row "spaCy en_core_web_sm, tok2vec+senter+ner ($spacy_read MB)" spacy "$spacy_read" -
echo
echo "spaCy nlp.pipe alone (model loaded): $spacy_pipe MB/s; $(cat "$work/spacy.out")"
python3 - "$(seconds extract1)" "$(seconds extract2)" "$(seconds build1)" "$(seconds build2)" <<'PY'
import sys
e1, e2, b1, b2 = map(float, sys.argv[1:])
print(f"2 threads / 1 thread: extract {e1 / e2:.2f}x, build {b1 / b2:.2f}x; "
      f"extract / build time: 1 thread {e1 / b1:.2f}, 2 threads {e2 / b2:.2f}")
PY
echo
echo "| Whole job (relgraph run vs python_peer.py) | Seconds | Peak MB | Peer / relgraph | Target |"
echo "|---|---|---|---|---|"
job() {  # job LABEL RUN PEER
  if [ -f "$work/$3.time" ]; then
    python3 - "$1" "$(seconds "$2")" "$(peak "$2")" "$(seconds "$3")" "$(peak "$3")" <<'PY'
import sys
label, s, peak, ps, ppeak = sys.argv[1], float(sys.argv[2]), sys.argv[3], float(sys.argv[4]), sys.argv[5]
verdict = "met" if ps / s >= 100 else "missed"
print(f"| relgraph run, {label} | {s:.2f} | {peak} | {ps / s:.0f}x | 100x {verdict} |")
print(f"| python_peer.py, {label} | {ps:.2f} | {ppeak} | | |")
PY
  else
    echo "| relgraph run, $1 | $(seconds "$2") | $(peak "$2") | (peer skipped) | |"
  fi
}
job "$small ($small_mb MB)" run_small peer_small
job "$big ($big_mb MB)" run_big peer_big
