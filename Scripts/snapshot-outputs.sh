#!/usr/bin/env bash
# Writes every output RelGraph produces for one input into a folder, so that a refactoring can be
# checked byte for byte: run it with the binary before and after, then `diff -r BEFORE AFTER`.
#
#   Scripts/snapshot-outputs.sh RELGRAPH_BINARY INPUT OUT_FOLDER
#
# INPUT is anything `relgraph build` reads (a folder of .txt files, a .jsonl file, ...).
# Covers: extract (jsonl, text), build, actors (table, csv, json, one measure), communities
# (text, json, each algorithm), export (dot, graphml, gexf, json, csv), render (svg), report
# (html) and run (its whole output folder).
set -euo pipefail
bin="$1"
input="$2"
out="$3"
rm -rf "$out"
mkdir -p "$out"

run() { # name, then the command's arguments; stdout and stderr kept apart, exit code recorded
  local name="$1"
  shift
  set +e
  "$bin" "$@" >"$out/$name.out" 2>"$out/$name.err"
  echo $? >"$out/$name.rc"
  set -e
}

run extract-jsonl extract "$input" --format jsonl --threads 2
run extract-text extract "$input" --format text --threads 1
run build build "$input" -o "$out/graph.relgraph.json"
g="$out/graph.relgraph.json"
run actors-table actors "$g"
run actors-csv actors "$g" --format csv --all
run actors-json actors "$g" --format json --all
run actors-degree actors "$g" --measures degree --by degree --format csv --all
run actors-brokers actors "$g" --brokers --kind person
run communities-text communities "$g"
run communities-json communities "$g" --format json
run communities-louvain communities "$g" --algorithm louvain --format json
run communities-lpa communities "$g" --algorithm label-propagation --format json
for f in dot graphml gexf json; do
  run "export-$f" export "$g" --format "$f"
done
run export-csv export "$g" --format csv -o "$out/export"
run export-top export "$g" --format dot --top 30 --min-weight 2
run render-svg render "$g" -o "$out/render.svg" --top 40 --layout sfdp
run report report "$g" -o "$out/report.html" --top 40 --layout sfdp
run run run "$input" --out "$out/run" --name snap --report
