#!/usr/bin/env bash
# Scores extraction against the gold annotations in ../shared (team machines only): the
# Wikinews dev set in its two fixed halves (Scripts/eval-split.py: tune on "tuning" only,
# "held-out" is scored, never read for tuning) and the seed article with
# ../shared/eval/score.py, then GUM's Wikinews documents (an independent set the extractor was
# not tuned on) with Scripts/evaluate-gum.py. Extra arguments go to `relgraph extract`;
# DETAILS=1 prints the tuning half's misses and false alarms.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=../shared/eval
[ -d "$eval_dir" ] || { echo "error: $eval_dir not found (it is not part of the repository)" >&2; exit 1; }
swift build -c release --product relgraph >/dev/null
bin="$(swift build -c release --show-bin-path)/relgraph"
out=$(mktemp -d)
"$bin" extract "$eval_dir/wikinews-dev.articles.jsonl" --format jsonl -o "$out/dev.jsonl" "$@"
"$bin" extract ../shared/seeds/000_3d51474ea11e8312.txt --format jsonl -o "$out/seed.jsonl" "$@"
python3 Scripts/eval-split.py "$eval_dir/wikinews-dev.gold.jsonl" "$out"
details=()
[ "${DETAILS:-0}" = 1 ] && details=(--details)
echo "wikinews-dev tuning half:"; python3 "$eval_dir/score.py" "${details[@]}" --gold "$out/tuning.gold.jsonl" --pred "$out/dev.jsonl" || true
echo "wikinews-dev held-out half:"; python3 "$eval_dir/score.py" --gold "$out/held-out.gold.jsonl" --pred "$out/dev.jsonl" || true
echo "wikinews-dev, all 30:"; python3 "$eval_dir/score.py" --gold "$eval_dir/wikinews-dev.gold.jsonl" --pred "$out/dev.jsonl" || true
echo "seed:"; python3 "$eval_dir/score.py" --gold "$eval_dir/seed.gold.jsonl" --pred "$out/seed.jsonl" || true
gum=../shared/corpora/gum_wikinews/articles.jsonl
if [ -f "$gum" ]; then
  "$bin" extract "$gum" --format jsonl -o "$out/gum.jsonl" "$@" 2>/dev/null
  # spaCy sm beside RelGraph when a Python with spaCy is at hand (SPACY_PYTHON, default python3).
  py="${SPACY_PYTHON:-python3}"
  spacy=""
  if "$py" -c "import spacy" 2>/dev/null && "$py" Scripts/spacy-gum.py "$out/spacy.jsonl" --merge 2>/dev/null; then
    spacy="$out/spacy.jsonl"
  fi
  echo "gum_wikinews people and countries (approximate gold, see Scripts/evaluate-gum.py):"
  for genre in news interview; do
    for what in people countries; do
      echo "  relgraph $(python3 Scripts/evaluate-gum.py "$out/gum.jsonl" "$genre" "$what")"
      [ -n "$spacy" ] && echo "  spaCy sm $(python3 Scripts/evaluate-gum.py "$spacy" "$genre" "$what")"
    done
  done
fi
rm -rf "$out"
