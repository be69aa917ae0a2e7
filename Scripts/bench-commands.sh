#!/usr/bin/env bash
# Whole-command benchmark: the `relgraph` commands users run, each beside the same job done with
# igraph (and NetworkX where it finishes in reasonable time) through Python, in one run, whole
# process (`/usr/bin/time`: wall seconds and peak RSS), with the ratio RelGraph / anchor.
#
#   Scripts/bench-commands.sh [GRAPHS_DIR] [WORKDIR]
#
# GRAPHS_DIR defaults to ../shared/bench/graph/data (lfr_10k.tsv, lfr_100k.tsv); the anchors need
# `pip install igraph networkx`. Prints a Markdown table; ratios below 1 mean RelGraph is faster.
# GRAPH_FILE=path/to/x.relgraph.json adds a row that loads a RelGraph graph file.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-${RELGRAPH_SHARED:-../shared}/bench/graph/data}
work=${2:-/tmp/relgraph-bench-commands}
mkdir -p "$work"
swift build -c release --product relgraph >/dev/null
bin=$PWD/.build/release/relgraph
anchor=$PWD/Scripts/anchor_command.py

# run LABEL CMD...: prints "seconds peakMB" of the whole process.
run() {
  /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" >/dev/null 2>"$work/err.txt" || {
    echo "failed: $*" >&2
    tail -3 "$work/err.txt" >&2
  }
  awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$work/time.txt"
}

# row LABEL RELGRAPH_CMD -- ANCHOR_LABEL ANCHOR_CMD...
row() {
  local label=$1
  shift
  local ours=()
  while [ "$1" != "--" ]; do ours+=("$1"); shift; done
  shift
  local alabel=$1
  shift
  read -r s1 m1 < <(run "${ours[@]}")
  read -r s2 m2 < <(run "$@")
  awk -v l="$label" -v a="$alabel" -v s1="$s1" -v m1="$m1" -v s2="$s2" -v m2="$m2" \
    'BEGIN { printf "| %s | %.2f | %d | %s | %.2f | %d | %.2f |\n", l, s1, m1, a, s2, m2, (s2 > 0 ? s1 / s2 : 0) }'
}

echo "| RelGraph command | s | MB | Anchor | s | MB | RelGraph / anchor |"
echo "|---|---|---|---|---|---|---|"
big=$data/lfr_100k.tsv
mid=$data/lfr_10k.tsv
row "actors lfr_100k --all --measures pagerank --format json" \
  "$bin" actors "$big" --all --measures pagerank --format json -- \
  "igraph read + PageRank + JSON" python3 "$anchor" igraph pagerank "$big"
row "actors lfr_100k --all --measures degree --format json" \
  "$bin" actors "$big" --all --measures degree --format json -- \
  "igraph read + degree + JSON" python3 "$anchor" igraph degree "$big"
row "communities lfr_100k --algorithm leiden" \
  "$bin" communities "$big" --algorithm leiden -- \
  "igraph read + Leiden to convergence" python3 "$anchor" igraph leiden "$big"
row "actors lfr_10k --all --measures betweenness --format json" \
  "$bin" actors "$mid" --all --measures betweenness --format json -- \
  "igraph read + weighted betweenness" python3 "$anchor" igraph betweenness "$mid"
row "export lfr_100k --format graphml" \
  "$bin" export "$big" --format graphml -o "$work/ours.graphml" -- \
  "igraph read + write_graphml" python3 "$anchor" igraph graphml "$big" "$work/igraph.graphml"
row "export lfr_100k --format graphml --no-communities" \
  "$bin" export "$big" --format graphml --no-communities -o "$work/ours.graphml" -- \
  "igraph read + write_graphml" python3 "$anchor" igraph graphml "$big" "$work/igraph.graphml"
row "actors lfr_10k --all --measures pagerank --format json" \
  "$bin" actors "$mid" --all --measures pagerank --format json -- \
  "NetworkX read + PageRank + JSON" python3 "$anchor" networkx pagerank "$mid"
# A RelGraph graph file (the output of `relgraph build` on the 40 MB corpus) when one is given
# as GRAPH_FILE: loading the native format beside Python's json.load + NetworkX.
if [ -n "${GRAPH_FILE:-}" ] && [ -f "$GRAPH_FILE" ]; then
  row "actors $(basename "$GRAPH_FILE") --all --measures pagerank --format json" \
    "$bin" actors "$GRAPH_FILE" --all --measures pagerank --format json -- \
    "json.load + NetworkX graph + PageRank + JSON" python3 "$anchor" networkx pagerank "$GRAPH_FILE"
fi
row "actors lfr_10k --all --format json (every measure, communities)" \
  "$bin" actors "$mid" --all --format json -- \
  "igraph read + the same measures + Leiden" python3 "$anchor" igraph all "$mid"
