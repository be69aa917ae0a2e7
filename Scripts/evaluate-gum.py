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

Countries ("place" F1): GUM types a country as `place`, or as `organization` when it acts; a
document's gold countries are the distinct ISO codes of its place and organization spans whose
Wikipedia identity is a country's short name (`name` in the country lexicon, e.g.
`United_States`, `North_Korea`; England, Scotland, Wales and Northern Ireland count as GBR).
Cities, regions, historical states (Soviet Union) and national teams are not countries. A
predicted country matches by ISO code; a predicted territory (Hong Kong, Aruba ...) that is not
gold is ignored, as in score.py. GUM does not mark nationality adjectives ("Canadian") as
entities, so a country named only by its adjective counts as a false alarm here.

Usage: Scripts/evaluate-gum.py PRED.jsonl [news|interview] [people|countries] [-v]
  where PRED.jsonl is `relgraph extract ../shared/corpora/gum_wikinews/articles.jsonl --format jsonl`
  (or Scripts/spacy-gum.py's output, for spaCy sm beside it).
"""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")
sys.path.insert(0, os.path.join(SHARED, "eval"))
from score import person_match, toks  # noqa: E402  (the official scorer's name matching)

CORPUS = os.path.join(SHARED, "corpora", "gum_wikinews")
LEXICON = os.path.join(HERE, "..", "Sources", "RelGraphExtraction", "Resources", "countries.json")
CONSTITUENT = {"England": "GBR", "Scotland": "GBR", "Wales": "GBR", "Northern_Ireland": "GBR"}
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


def country_table():
    """ISO code by Wikipedia-style title (spaces as underscores), and the set of territories."""
    with open(LEXICON, encoding="utf-8") as f:
        countries = json.load(f)
    table = {c["name"].replace(" ", "_"): c["iso3"] for c in countries}
    table.update(CONSTITUENT)
    return table, {c["iso3"] for c in countries if c["territory"]}


def gold_countries():
    table, _ = country_table()
    gold = collections.defaultdict(set)
    with open(os.path.join(CORPUS, "entities.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["type"] in ("place", "organization") and d["identity"] in table:
                gold[d["id"]].add(table[d["identity"]])
    return gold


def match_people(g, p):
    """One-to-one matches (gold index -> predicted index): exact forms first, then score.py's rule."""
    used, mapping = set(), {}
    for rule in (lambda x, y: toks(x) in [toks(n) for n in [y["name"]] + y["aliases"]], person_match):
        for gi, person in enumerate(g):
            if gi in mapping:
                continue
            for pi, name in enumerate(p):
                if pi not in used and rule(name, person):
                    used.add(pi); mapping[gi] = pi
                    break
    return mapping


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    if not args:
        sys.exit(__doc__)
    genre = args[1] if len(args) > 1 else "news"
    what = args[2] if len(args) > 2 else "people"
    with open(os.path.join(CORPUS, "articles.jsonl"), encoding="utf-8") as f:
        docs = [json.loads(l)["id"] for l in f if json.loads(l)["genre"] == genre]
    people, countries = {}, {}
    with open(args[0], encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            people[d["id"]] = [e["name"] for e in d["entities"] if e["kind"] == "person"]
            countries[d["id"]] = {e["iso3"] for e in d["entities"] if e["kind"] == "country" and e.get("iso3")}
    tp = fp = fn = 0
    lines = []
    if what == "people":
        gold = gold_people()
        for doc in sorted(docs):
            g, p = gold.get(doc, []), people.get(doc, [])
            mapping = match_people(g, p)
            tp += len(mapping); fn += len(g) - len(mapping); fp += len(p) - len(set(mapping.values()))
            lines += [f"missed {doc}: {x['name']}" for i, x in enumerate(g) if i not in mapping]
            lines += [f"extra  {doc}: {x}" for i, x in enumerate(p) if i not in mapping.values()]
    else:
        gold, (_, territories) = gold_countries(), country_table()
        for doc in sorted(docs):
            g = gold.get(doc, set())
            p = {c for c in countries.get(doc, set()) if c in g or c not in territories}
            tp += len(g & p); fn += len(g - p); fp += len(p - g)
            lines += [f"missed {doc}: {c}" for c in sorted(g - p)] + [f"extra  {doc}: {c}" for c in sorted(p - g)]
    if "-v" in sys.argv:
        print("\n".join(lines))
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * precision * recall / max(1e-12, precision + recall)
    print(json.dumps({"genre": genre, "entities": what, "documents": len(docs), "tp": tp, "fp": fp, "fn": fn,
                      "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}))


if __name__ == "__main__":
    main()
