#!/usr/bin/env bash
# Scores extraction against the gold annotations in ../shared (team machines only): the
# Wikinews dev set and the seed article with ../shared/eval/score.py, then people on GUM's
# Wikinews documents (an independent set the extractor was not tuned on) with
# Scripts/evaluate-gum.py.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=../shared/eval
[ -d "$eval_dir" ] || { echo "error: $eval_dir not found (it is not part of the repository)" >&2; exit 1; }
swift build -c release --product relgraph >/dev/null
bin="$(swift build -c release --show-bin-path)/relgraph"
out=$(mktemp -d)
"$bin" extract "$eval_dir/wikinews-dev.articles.jsonl" --format jsonl -o "$out/dev.jsonl" "$@"
"$bin" extract ../shared/seeds/000_3d51474ea11e8312.txt --format jsonl -o "$out/seed.jsonl" "$@"
echo "wikinews-dev:"; python3 "$eval_dir/score.py" --gold "$eval_dir/wikinews-dev.gold.jsonl" --pred "$out/dev.jsonl" || true
echo "seed:"; python3 "$eval_dir/score.py" --gold "$eval_dir/seed.gold.jsonl" --pred "$out/seed.jsonl" || true
gum=../shared/corpora/gum_wikinews/articles.jsonl
if [ -f "$gum" ]; then
  "$bin" extract "$gum" --format jsonl -o "$out/gum.jsonl" "$@" 2>/dev/null
  echo "gum_wikinews people (lenient, approximate gold):"
  python3 Scripts/evaluate-gum.py "$out/gum.jsonl" news
  python3 Scripts/evaluate-gum.py "$out/gum.jsonl" interview
fi
rm -rf "$out"
