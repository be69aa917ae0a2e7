#!/usr/bin/env python3
"""The fixed tuning / held-out split of ../shared/eval/wikinews-dev.gold.jsonl (issue 12).

Articles are ordered by the SHA-256 of their id (hex digest); the first half is the *tuning*
half and the rest the *held-out* half. The rule depends only on the ids, so the split never
changes when the file is reordered, and adding articles moves none of the existing ones between
halves unless the count changes parity. Rules and lexicons are tuned on the tuning half only; the
held-out half is scored, never read for tuning.

Usage: Scripts/eval-split.py GOLD.jsonl OUT_DIR   -> OUT_DIR/tuning.gold.jsonl, OUT_DIR/held-out.gold.jsonl
       Scripts/eval-split.py GOLD.jsonl --list    -> prints "tuning|held-out <id>" per article
"""
import hashlib, json, os, sys


def split(lines):
    """(tuning, held_out): the gold lines in SHA-256-of-id order, cut in the middle."""
    keyed = sorted(lines, key=lambda l: hashlib.sha256(json.loads(l)["id"].encode("utf-8")).hexdigest())
    half = (len(keyed) + 1) // 2
    return keyed[:half], keyed[half:]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    tuning, held_out = split(lines)
    if sys.argv[2] == "--list":
        for name, part in (("tuning", tuning), ("held-out", held_out)):
            for l in part:
                print(name, json.loads(l)["id"])
        return
    os.makedirs(sys.argv[2], exist_ok=True)
    for name, part in (("tuning", tuning), ("held-out", held_out)):
        with open(os.path.join(sys.argv[2], f"{name}.gold.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(part)


if __name__ == "__main__":
    main()
