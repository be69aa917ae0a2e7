#!/usr/bin/env python3
"""A hostile article for the entity cap and name merging (issue 13): one sentence naming N
distinct people ("Maria Bakorimel, John Bakoridan, ..."), written to OUT.

Usage: Scripts/name-list.py N OUT
Then: /usr/bin/time -f "%e s %M KB" .build/release/relgraph extract OUT --format jsonl >/dev/null
"""
import itertools
import sys

n, out = int(sys.argv[1]), sys.argv[2]
given = ["Maria", "John", "Ana", "Peter", "Laura", "David", "Sofia", "Carlos", "Elena", "Omar"]
syllables = ["ba", "ko", "ri", "mel", "dan", "su", "vor", "tel", "gan", "lis",
             "mo", "rek", "ta", "nu", "ser", "fi", "zal", "pe", "dor", "kin"]
surnames = ("".join(p).capitalize() for p in itertools.product(syllables, repeat=4))
names = [f"{given[i % len(given)]} {s}" for i, s in zip(range(n), surnames)]
with open(out, "w", encoding="utf-8") as f:
    f.write("Assembly\n\nThe assembly heard " + ", ".join(names) + " and nobody else.\n")
