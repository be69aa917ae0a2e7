#!/usr/bin/env python3
"""Leiden modularity of RelGraph beside leidenalg's best over several seeds (issue 11).

    Scripts/leiden-vs-leidenalg.py GRAPH [--seeds N] [--relgraph BIN] [--time RUNS]
                                   [--no-relgraph] [--no-leidenalg]

GRAPH is a weighted edge list (.tsv/.csv: source, target, weight) or a *.relgraph.json file.
An edge list is read as RelGraph reads it: undirected, repeated pairs summed. A graph file is
first exported with `relgraph export GRAPH --format csv` (co-mention relations, the default of
both `export` and `communities`), so that both sides see exactly the same weighted edges; the
script checks this by recomputing RelGraph's modularity with igraph from its membership.

Prints:
- RelGraph: `relgraph communities GRAPH --algorithm leiden --format json` (seed 42), its
  modularity, the number of communities, and igraph's modularity of the same membership.
- leidenalg: ModularityVertexPartition, weights, n_iterations=-1 (to convergence) for seeds
  0..N-1 (default 10), each seed's modularity (by igraph) and seconds, then the best.
- With --time RUNS: RUNS alternating whole-process runs, timed with /usr/bin/time (wall seconds,
  peak resident MB), of the RelGraph command above and of one Python process that reads the
  edge list with igraph and runs community_leiden(objective_function="modularity",
  weights="weight", n_iterations=-1) (Scripts/anchor_command.py igraph leiden), with medians.

Needs `pip install igraph leidenalg`.
"""
import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import igraph
import leidenalg

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path, relgraph, workdir):
    """Returns (igraph graph with 'name' and 'weight', a TSV path of it, name -> vertex index
    mapping used for RelGraph's node names)."""
    if path.endswith(".relgraph.json"):
        prefix = os.path.join(workdir, "graph")
        subprocess.run([relgraph, "export", path, "--format", "csv", "-o", prefix], check=True,
                       capture_output=True)
        labels = {}
        with open(prefix + ".nodes.csv", newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                labels.setdefault(row["label"], []).append(row["id:ID"])
        summed = {}
        with open(prefix + ".edges.csv", newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                a, b = sorted((row[":START_ID"], row[":END_ID"]))
                summed[(a, b)] = summed.get((a, b), 0.0) + float(row["weight:double"])
        # Ids may hold spaces, which igraph's NCOL reader splits on: write node numbers.
        number = {}
        for pair in summed:
            for ident in pair:
                number.setdefault(ident, len(number))
        tsv = prefix + ".tsv"
        with open(tsv, "w", encoding="utf-8") as f:
            for (a, b), w in summed.items():
                f.write(f"{number[a]}\t{number[b]}\t{w!r}\n")
        by_label = {label: str(number[ids[0]]) for label, ids in labels.items()
                    if len(ids) == 1 and ids[0] in number}
    else:
        tsv, by_label = path, None
    g = igraph.Graph.Read_Ncol(tsv, names=True, weights=True, directed=False)
    g = g.simplify(combine_edges="sum")
    index = {name: i for i, name in enumerate(g.vs["name"])}
    if by_label is not None:
        index = {label: index[ident] for label, ident in by_label.items() if ident in index}
    return g, tsv, index


def relgraph_side(g, index, path, relgraph):
    out = json.loads(subprocess.run(
        [relgraph, "communities", path, "--algorithm", "leiden", "--format", "json"],
        check=True, capture_output=True, text=True).stdout)
    q = out["modularity"]
    membership = [None] * g.vcount()
    for node in out["nodes"]:
        i = index.get(node["name"])
        if i is not None:
            membership[i] = node["community"]
    check = ""
    if all(c is not None for c in membership):
        q_igraph = g.modularity(membership, weights="weight")
        check = f"; igraph's modularity of this membership {q_igraph:.9f} (difference {q - q_igraph:+.1e})"
    else:
        check = "; (some nodes could not be matched by name: no cross-check)"
    print(f"relgraph modularity {q:.6f}, {out['count']} communities{check}", flush=True)
    return q


def leidenalg_side(g, seeds):
    results = []
    for seed in range(seeds):
        start = time.time()
        p = leidenalg.find_partition(g, leidenalg.ModularityVertexPartition, weights="weight",
                                     n_iterations=-1, seed=seed)
        q = g.modularity(p.membership, weights="weight")
        results.append(q)
        print(f"leidenalg seed {seed} {q:.6f} ({len(p)} communities, {time.time() - start:.1f} s)",
              flush=True)
    best = max(results)
    print(f"leidenalg best of {seeds}: {best:.6f} (seed {results.index(best)}), "
          f"median {statistics.median(results):.6f}", flush=True)
    return best


def timed(cmd):
    r = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + cmd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True, check=True)
    seconds, kb = r.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kb) / 1024


def timing(path, tsv, relgraph, runs):
    ours, theirs = [], []
    for run in range(runs):
        ours.append(timed([relgraph, "communities", path, "--algorithm", "leiden"]))
        theirs.append(timed([sys.executable, os.path.join(HERE, "anchor_command.py"),
                             "igraph", "leiden", tsv]))
        print(f"run {run}: relgraph {ours[-1][0]:.2f} s {ours[-1][1]:.0f} MB; "
              f"igraph {theirs[-1][0]:.2f} s {theirs[-1][1]:.0f} MB", flush=True)
    s = statistics.median(t for t, _ in ours)
    a = statistics.median(t for t, _ in theirs)
    print(f"median: relgraph {s:.2f} s (peak {max(m for _, m in ours):.0f} MB), igraph {a:.2f} s "
          f"(peak {max(m for _, m in theirs):.0f} MB), ratio {s / a:.2f}", flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graph")
    ap.add_argument("legacy_seeds", nargs="?", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--seeds", type=int, default=10)
    ap.add_argument("--relgraph", default=".build/release/relgraph")
    ap.add_argument("--time", type=int, default=0, metavar="RUNS")
    ap.add_argument("--no-relgraph", action="store_true")
    ap.add_argument("--no-leidenalg", action="store_true")
    args = ap.parse_args()
    seeds = args.legacy_seeds or args.seeds
    with tempfile.TemporaryDirectory() as workdir:
        g, tsv, index = load(args.graph, args.relgraph, workdir)
        print(f"{args.graph}: {g.vcount()} nodes, {g.ecount()} edges, "
              f"total weight {sum(g.es['weight']):.0f}", flush=True)
        ours = None if args.no_relgraph else relgraph_side(g, index, args.graph, args.relgraph)
        best = None if args.no_leidenalg else leidenalg_side(g, seeds)
        if ours is not None and best is not None:
            print(f"relgraph - best = {ours - best:+.6f} ({(ours - best) / best:+.4%})")
        if args.time:
            timing(args.graph, tsv, args.relgraph, args.time)


if __name__ == "__main__":
    main()
