#!/usr/bin/env bash
# Store safety under kill -9 (issue 13): builds a corpus store, killing `relgraph build --store`
# with SIGKILL at a random moment N times (default 50). After every kill the store must pass
# SQLite's `PRAGMA integrity_check`; after a completing rerun, the graph read from it must equal,
# byte for byte, the graph of an uninterrupted build. Prints one line per kill and a summary;
# exits 1 at the first failure.
#
# Usage: Scripts/store-kill-loop.sh [N] [CORPUS.jsonl]
#   The corpus defaults to the bundled example articles repeated under 400 ids (about 4 MB, four transactions of the store build).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-50}
swift build -c release --product relgraph >/dev/null
bin="$(swift build -c release --show-bin-path)/relgraph"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus=${2:-$work/corpus.jsonl}
if [ -z "${2:-}" ]; then
  python3 - "$corpus" <<'PY'
import json, os, sys
folder = "Examples/articles"
arts = []
for name in sorted(os.listdir(folder)):
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        lines = f.read().split("\n")
    arts.append((name.rsplit(".", 1)[0], lines[0], "\n".join(lines[1:])))
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for copy in range(400):
        for base, title, text in arts:
            out.write(json.dumps({"id": f"{base}-{copy}", "title": title, "text": f"Copy {copy}.\n{text}"}) + "\n")
PY
fi
"$bin" build "$corpus" --store "$work/reference.sqlite" --quiet --threads 1
"$bin" graph --store "$work/reference.sqlite" -o "$work/reference.relgraph.json"
total=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM articles').fetchone()[0])" "$work/reference.sqlite")
start=$(date +%s%N)
"$bin" build "$corpus" --store "$work/timing.sqlite" --quiet --threads 1
full_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "uninterrupted build: ${full_ms} ms; killing $n builds at random moments"
partial=0
for i in $(seq 1 "$n"); do
  store="$work/killed.sqlite"
  rm -f "$store" "$store-wal" "$store-shm" "$store-journal"
  # One to three kills in a row on the same store, each at a random moment of a build.
  kills=$(( RANDOM % 3 + 1 ))
  for k in $(seq 1 "$kills"); do
    "$bin" build "$corpus" --store "$store" --quiet --threads 1 >/dev/null 2>&1 &
    pid=$!
    delay_ms=$(( RANDOM % (full_ms + 1) ))
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ -f "$store" ]; then
      check=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone()[0])" "$store")
      if [ "$check" != "ok" ]; then echo "kill $i.$k after ${delay_ms} ms: integrity_check: $check"; exit 1; fi
      count=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM articles').fetchone()[0])" "$store" 2>/dev/null || echo 0)
    else
      count=none
    fi
    echo "kill $i.$k after ${delay_ms} ms: integrity ok, articles stored: $count"
    if [ "$count" != none ] && [ "$count" != 0 ] && [ "$count" != "$total" ]; then partial=$((partial + 1)); fi
  done
  "$bin" build "$corpus" --store "$store" --quiet --threads 1
  "$bin" graph --store "$store" -o "$work/completed.relgraph.json"
  if ! cmp -s "$work/completed.relgraph.json" "$work/reference.relgraph.json"; then
    echo "build $i: completed store's graph differs from the uninterrupted build's"; exit 1
  fi
done
echo "$n interrupted builds: every store passed integrity_check after each kill ($partial kills left some but not all of the $total articles stored) and equalled the uninterrupted build once completed"
