#!/usr/bin/env bash
# The main job: install what is missing, build RelGraph (release), and run the whole pipeline on
# the bundled example articles, writing Graphs/examples.{relgraph.json,actors.csv,communities.json,dot,svg,html}.
# If ../shared/seeds exists (the team's machines), the seed article's graph is written too.
set -euo pipefail
cd "$(dirname "$0")/.."

bash Scripts/setup.sh
swift build -c release --product relgraph
bin="$(swift build -c release --show-bin-path)/relgraph"

"$bin" run Examples/articles --out Graphs --name examples --report
seed=../shared/seeds/000_3d51474ea11e8312.txt
if [ -f "$seed" ]; then
  "$bin" run "$seed" --out Graphs --name seed --no-evidence --report
fi
echo
echo "Done. Open Graphs/examples.svg; explore with: $bin actors Graphs/examples.relgraph.json"
