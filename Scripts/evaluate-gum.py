#!/usr/bin/env python3
"""Person extraction on GUM's Wikinews documents (../shared/corpora/gum_wikinews), which the
extractor was not tuned on: a second, independent check beside Scripts/evaluate.sh.

GUM marks every referring expression, so its named people are rebuilt here:
a person entity is *named* when one of its spans (not a pronoun, with a proper noun) has a
Wikipedia identity or a proper-name core of two or more capitalised words. The core of a span
drops what follows " of ", " from ", " to ", what precedes "'s ", and leading lower-case words and
titles ("club captain Ana Ruiz" -> "Ana Ruiz"); spans listing several people ("A, B and C")
are left out. A predicted person matches a gold entity as in ../shared/eval/score.py (same form
after titles, else same last token with a compatible first token), one-to-one per document.
The rebuilt gold is approximate (a few real people are missing from it and a few groups are
in it), so compare runs with each other rather than with score.py's numbers.

Usage: Scripts/evaluate-gum.py PRED.jsonl [news|interview] [-v]
  where PRED.jsonl is `relgraph extract ../shared/corpora/gum_wikinews/articles.jsonl --format jsonl`.
"""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")
sys.path.insert(0, os.path.join(SHARED, "eval"))
from score import person_match, toks  # noqa: E402  (the official scorer's name matching)

CORPUS = os.path.join(SHARED, "corpora", "gum_wikinews")
PARTICLES = {"van", "von", "de", "da", "der", "den", "del", "la", "le", "bin", "bint", "al", "el", "ibn", "di", "du"}
LEADING = {"president", "prime", "minister", "secretary", "senator", "governor", "general", "captain",
           "defender", "professor", "emeritus", "home", "environment", "dr", "mr", "mrs", "ms", "sir",
           "chairman", "crown", "foreign", "affairs", "education", "ambassador"}
LIST = re.compile(r",| and |&|\(")


def core(span):
    """The proper-name core of a span (see the module documentation)."""
    t = re.split(r" of | from | to ", span.strip())[0]
    t = re.split(r"[’']s ", t)[-1]
    t = re.sub(r"[’']s$", "", t)
    run = []
    for w in reversed(t.split()):
        if w[0].isupper() or (run and w.lower() in PARTICLES):
            run.insert(0, w)
        else:
            break
    while run and run[0].lower() in LEADING:
        run = run[1:]
    return " ".join(run)


def gold_people():
    spans = collections.defaultdict(lambda: collections.defaultdict(list))
    with open(os.path.join(CORPUS, "entities.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["type"] == "person" and d["has_propn"] and not d["pronoun"]:
                spans[d["id"]][d["entity_id"]].append((d["text"], d["identity"]))
    gold = {}
    for doc, entities in spans.items():
        people = []
        for chain in entities.values():
            single = [(t, i) for t, i in chain if not LIST.search(t)]
            named = [core(t) for t, i in single if len(core(t).split()) >= 2 or (i and core(t))]
            if named:
                people.append({"name": max(named, key=len), "aliases": [core(t) for t, _ in single if core(t)]})
        gold[doc] = people
    return gold


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    if not args:
        sys.exit(__doc__)
    genre = args[1] if len(args) > 1 else "news"
    with open(os.path.join(CORPUS, "articles.jsonl"), encoding="utf-8") as f:
        docs = [json.loads(l)["id"] for l in f if json.loads(l)["genre"] == genre]
    pred = {}
    with open(args[0], encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            pred[d["id"]] = [e["name"] for e in d["entities"] if e["kind"] == "person"]
    gold = gold_people()
    tp = fp = fn = 0
    lines = []
    for doc in sorted(docs):
        g, p = gold.get(doc, []), pred.get(doc, [])
        used, mapping = set(), {}
        for rule in (lambda x, y: toks(x) in [toks(n) for n in [y["name"]] + y["aliases"]], person_match):
            for gi, person in enumerate(g):
                if gi in mapping:
                    continue
                for pi, name in enumerate(p):
                    if pi not in used and rule(name, person):
                        used.add(pi); mapping[gi] = pi
                        break
        tp += len(mapping); fn += len(g) - len(mapping); fp += len(p) - len(used)
        lines += [f"missed {doc}: {x['name']}" for i, x in enumerate(g) if i not in mapping]
        lines += [f"extra  {doc}: {x}" for i, x in enumerate(p) if i not in used]
    if "-v" in sys.argv:
        print("\n".join(lines))
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * precision * recall / max(1e-12, precision + recall)
    print(json.dumps({"genre": genre, "documents": len(docs), "tp": tp, "fp": fp, "fn": fn,
                      "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}))


if __name__ == "__main__":
    main()
