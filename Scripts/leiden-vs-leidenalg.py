#!/usr/bin/env python3
"""Leiden modularity of RelGraph beside leidenalg's best over several seeds (issue 11).

    Scripts/leiden-vs-leidenalg.py GRAPH.tsv [SEEDS] [RELGRAPH]

Runs `relgraph communities GRAPH --algorithm leiden --format json` for RelGraph's modularity,
then leidenalg's ModularityVertexPartition to convergence (n_iterations=-1) for seeds 0..SEEDS-1
(default 10) on the same graph with repeated pairs summed, as RelGraph reads it; modularity by
igraph. Needs `pip install igraph leidenalg`.
"""
import json
import subprocess
import sys
import time

import igraph
import leidenalg

path = sys.argv[1]
seeds = int(sys.argv[2]) if len(sys.argv) > 2 else 10
relgraph = sys.argv[3] if len(sys.argv) > 3 else ".build/release/relgraph"
ours = json.loads(subprocess.run(
    [relgraph, "communities", path, "--algorithm", "leiden", "--format", "json"],
    check=True, capture_output=True, text=True).stdout)["modularity"]
print(f"relgraph modularity {ours:.6f}")
g = igraph.Graph.Read_Ncol(path, names=True, weights=True, directed=False).simplify(combine_edges="sum")
best, start = None, time.time()
for seed in range(seeds):
    p = leidenalg.find_partition(g, leidenalg.ModularityVertexPartition, weights="weight", n_iterations=-1, seed=seed)
    q = g.modularity(p.membership, weights="weight")
    best = q if best is None else max(best, q)
    print(f"leidenalg seed {seed} {q:.6f} ({time.time() - start:.0f} s)", flush=True)
print(f"leidenalg best of {seeds}: {best:.6f}; relgraph - best = {ours - best:+.6f}")
