#!/usr/bin/env python3
"""Measures how far a RelGraph graph supports the key-actor answer it gives (issue 16's targets).

    Scripts/graph-quality.py RELGRAPH_BINARY ARTICLES [--work DIR]

Builds ARTICLES with the binary (default options), ranks the actors, exports the default
diagram, and prints:

- support: the share of evidence texts, over the relations used for ranking, that name both
  of their entities (by name, alias, ISO code, surname, or a mention the evidence records as
  resolved, e.g. a pronoun);
- one-article people: people among the top 20 of the default ranking who appear in one article;
- affiliation sources: the share of affiliations that say where they came from;
- diagram size: the nodes of the default diagram of `export --format dot`, `render` and `report`.

Only the standard library is used.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr}")
    return r


def names_of(entity):
    """Every way the text may name an entity: canonical name, aliases, ISO code, and for a
    person of two or more words, the last word (the surname) and the first (family-name-first
    names such as Xi Jinping)."""
    names = {entity["name"], *entity.get("aliases", [])}
    if entity.get("iso3"):
        names.add(entity["iso3"])
    if entity["kind"] == "person":
        for n in list(names):
            words = n.split()
            if len(words) >= 2:
                names.add(words[-1])
                names.add(words[0])
    return {n for n in names if len(n) >= 2}


def mentions(text, names):
    lower = text.lower()
    for n in names:
        pattern = r"(?<![\w])" + re.escape(n.lower()) + r"(?![\w])"
        if re.search(pattern, lower):
            return True
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binary")
    ap.add_argument("articles")
    ap.add_argument("--work", default=None, help="folder for the intermediate files (default: a temporary one)")
    a = ap.parse_args()
    work = a.work or tempfile.mkdtemp(prefix="relgraph-quality-")
    os.makedirs(work, exist_ok=True)
    graph_path = os.path.join(work, "graph.relgraph.json")
    run([a.binary, "build", a.articles, "-o", graph_path])
    graph = json.load(open(graph_path, encoding="utf-8"))
    entities = {e["id"]: e for e in graph["entities"]}
    index = {e["id"]: i for i, e in enumerate(graph["entities"])}

    # Relations used for ranking: co-mentions (the default of `--relations`) when the graph
    # records kinds (format version 2), else all of them.
    relations = graph["relations"]
    if any("kind" in r for r in relations):
        relations = [r for r in relations if r.get("kind") == "co-mention"]
    total = supported = 0
    for r in relations:
        for ev in r.get("evidence", []):
            total += 1
            resolved = set(ev.get("resolved", []))
            ok = all(
                (x in resolved) or mentions(ev["text"], names_of(entities[x]))
                for x in (r["source"], r["target"])
            )
            supported += ok
    print(f"support: {supported}/{total} evidence texts name both entities = {supported / max(1, total):.3f}")
    every = [(r, ev) for r in graph["relations"] for ev in r.get("evidence", [])]
    named = sum(
        all(x in set(ev.get("resolved", [])) or mentions(ev["text"], names_of(entities[x])) for x in (r["source"], r["target"]))
        for r, ev in every)
    print(f"support over every kind (headline evidence names one side): {named}/{len(every)} = {named / max(1, len(every)):.3f}")

    actors = json.loads(run([a.binary, "actors", graph_path, "--all", "--format", "json"]).stdout)
    people = [n for n in actors["nodes"] if n["kind"] == "person"][:20]
    single = [n["name"] for n in people if graph["entities"][n["node"]]["articles"] <= 1]
    print(f"one-article people in the top 20: {len(single)} {single}")

    affiliated = [e for e in graph["entities"] if e.get("affiliation")]
    sourced = [e for e in affiliated if e.get("affiliationSource")]
    print(f"affiliation sources: {len(sourced)}/{len(affiliated)}")

    sizes = {}
    dot = run([a.binary, "export", graph_path, "--format", "dot"]).stdout
    sizes["export dot"] = len(re.findall(r"^\s+n\d+ \[", dot, re.M))
    svg_path = os.path.join(work, "default.svg")
    run([a.binary, "render", graph_path, "-o", svg_path])
    sizes["render"] = open(svg_path, encoding="utf-8").read().count('class="node"')
    html_path = os.path.join(work, "default.html")
    run([a.binary, "report", graph_path, "-o", html_path])
    sizes["report"] = open(html_path, encoding="utf-8").read().count('class="node"')
    print("default diagram nodes: " + ", ".join(f"{k} {v}" for k, v in sizes.items()))
    print(f"entities: {len(entities)}, relations: {len(graph['relations'])}")


if __name__ == "__main__":
    main()
