#!/usr/bin/env python3
"""Seed corpora for the libFuzzer targets of Fuzz/ (issue 13), made from the project's own files.

Usage: Scripts/fuzz-seeds.py OUT_DIR
Writes OUT_DIR/<Target>/seed-N for every target: the example articles as plain text, as JSON
Lines, as a JSON array, as CSV and as HTML; the CSV test fixture; the graph files and an edge
list from Graphs/ and Tests/Fixtures; small graphs in FuzzGraph's byte layout (names separated
by NUL bytes, then three bytes per relation) with names that need escaping.
Nothing from ../shared is used, and nothing here is committed: the corpora live under
.build/fuzz-corpus.
"""
import csv
import io
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
out = pathlib.Path(sys.argv[1])
articles = sorted((root / "Examples" / "articles").glob("*.txt"))
texts = [p.read_text(encoding="utf-8") for p in articles]


def put(target, name, data):
    d = out / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def record(i, text):
    title, _, body = text.partition("\n")
    return {"id": f"a{i}", "title": title.strip(), "date": "2021-03-18", "text": body.strip()}


for i, t in enumerate(texts):
    put("FuzzText", f"seed-{i}", t)
    put("FuzzExtraction", f"seed-{i}", t)
    put("FuzzJSONLines", f"seed-{i}", json.dumps(record(i, t), ensure_ascii=i % 2 == 0) + "\n")
    r = record(i, t)
    put("FuzzHTMLInput", f"seed-{i}",
        f"<!DOCTYPE html><html><head><title>{r['title']}</title>"
        f"<meta name=\"date\" content=\"{r['date']}\"></head><body><article><h1>{r['title']}</h1>"
        + "".join(f"<p>{p}</p>" for p in r["text"].split("\n\n")) + "</article></body></html>")
put("FuzzJSON", "seed-array", json.dumps([record(i, t) for i, t in enumerate(texts[:4])], indent=1))
put("FuzzJSON", "seed-object", json.dumps({"articles": [record(0, texts[0])]}))
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["id", "title", "date", "text"])
for i, t in enumerate(texts[:4]):
    r = record(i, t)
    w.writerow([r["id"], r["title"], r["date"], r["text"]])
put("FuzzCSV", "seed-examples", buf.getvalue())
put("FuzzCSV", "seed-fixture", (root / "Tests/Fixtures/readers/harbour-news.csv").read_bytes())
put("FuzzGraphFile", "seed-graph", (root / "Graphs/seed.relgraph.json").read_bytes())
for p in sorted((root / "Tests/Fixtures/analysis").glob("*.tsv")):
    put("FuzzGraphFile", f"seed-{p.stem}", p.read_bytes())
names = ["Xi Jinping", 'say "hi"', "a\\nb", "<script>alert(1)</script>", "]]>&amp;", "A -- B; c=d",
         "\u202etxet\u202c", "tab\tline\nbreak\r", "Привет", "C:\\new\\N"]
graph = b"\0".join(n.encode() for n in names) + b"\0" + bytes(
    v for k in range(12) for v in (k, (k * 3 + 1) % 10, k * 37 % 256))
for target in ("FuzzDOT", "FuzzMarkup"):
    put(target, "seed-names", graph)
    put(target, "seed-small", b"a\0b\0c\0\x00\x01\x05\x01\x02\x06")
