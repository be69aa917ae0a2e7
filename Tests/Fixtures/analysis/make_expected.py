#!/usr/bin/env python3
"""Regenerates the RelGraphAnalysis test fixtures from NetworkX.

For each graph it writes `<name>.tsv` (one `u<TAB>v<TAB>weight` line per edge, sorted) and
`<name>.expected.json` (values keyed by node name, plus the NetworkX version and the exact call
that produced each value). Run from anywhere with networkx 3.6.1: `python3 make_expected.py`. The outputs are
committed; re-running with the same NetworkX version must leave them byte-identical (the
eigenvector values also depend on the NumPy/LAPACK build in their last digits).
"""
import json
import os
import sys

# harmonic_centrality sums over a set of nodes, whose order (and so the last bit of each sum)
# depends on string hashing: fix the hash seed so the outputs are byte-for-byte reproducible.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import networkx as nx
from networkx.algorithms import community

HERE = os.path.dirname(os.path.abspath(__file__))

GRAPHS = {
    # Zachary's karate club; NetworkX's edges carry 'weight' (interaction counts).
    "karate": ("nx.karate_club_graph()", nx.karate_club_graph),
    "kite": ("nx.krackhardt_kite_graph()", nx.krackhardt_kite_graph),
    "florentine": ("nx.florentine_families_graph()", nx.florentine_families_graph),
}

CALLS = {
    "degree_centrality": "nx.degree_centrality(G)",
    "strength": "dict(G.degree(weight='weight'))",
    "pagerank": "nx.pagerank(G, alpha=0.85, weight='weight', tol=1e-14, max_iter=10000)",
    "pagerank_personalized": "nx.pagerank(G, alpha=0.85, personalization=pagerank_personalization,"
        " weight='weight', tol=1e-14, max_iter=10000)",
    "betweenness_unweighted": "nx.betweenness_centrality(G, normalized=True, weight=None)",
    "closeness_unweighted": "nx.closeness_centrality(G, distance=None, wf_improved=True)",
    "harmonic_unweighted": "nx.harmonic_centrality(G, distance=None)",
    "closeness_unweighted_plain": "nx.closeness_centrality(G, distance=None, wf_improved=False)",
    "eigenvector": "nx.eigenvector_centrality_numpy(G, weight='weight')",
    "eigenvector_unweighted": "nx.eigenvector_centrality_numpy(G, weight=None)",
    "core_number": "nx.core_number(G)",
    "clustering": "nx.clustering(G)",
    "clustering_weighted": "nx.clustering(G, weight='weight')",
    "pagerank_rooted": "nx.pagerank(G, alpha=0.85, personalization={first: 1}, weight='weight',"
        " tol=1e-14, max_iter=10000)",
    "closeness_scaled": "nx.closeness_centrality(G, distance='scaled', wf_improved=True), where an edge's "
        "'scaled' length is (1/weight) / min over edges of (1/weight): RelGraph's default closeness",
    "harmonic_scaled": "nx.harmonic_centrality(G, distance='scaled') / (n - 1): RelGraph's default harmonic",
    "greedy_modularity_communities":
        "community.greedy_modularity_communities(G, weight='weight', resolution=1)",
    "greedy_modularity":
        "community.modularity(G, greedy_modularity_communities, weight='weight', resolution=1)",
}


def number(x):
    """Floats as JSON numbers; repr round-trips exactly."""
    return float(x)


def main():
    for name, (construct, make) in GRAPHS.items():
        G = make()
        label = {v: str(v) for v in G}
        rows = sorted(
            (min(label[u], label[v]), max(label[u], label[v]), d.get("weight", 1))
            for u, v, d in G.edges(data=True))
        with open(os.path.join(HERE, name + ".tsv"), "w") as f:
            for u, v, w in rows:
                f.write(f"{u}\t{v}\t{w:g}\n")
        greedy = community.greedy_modularity_communities(G, weight="weight", resolution=1)
        membership = {label[v]: i for i, c in enumerate(greedy) for v in sorted(c, key=str)}
        first, last = list(G)[0], list(G)[-1]
        personalization = {first: 1.0, last: 2.0}
        shortest = min(1 / d.get("weight", 1) for _, _, d in G.edges(data=True))
        for u, v, d in G.edges(data=True):
            d["scaled"] = (1 / d.get("weight", 1)) / shortest
        n = G.number_of_nodes()
        values = {
            "closeness_scaled": nx.closeness_centrality(G, distance="scaled", wf_improved=True),
            "harmonic_scaled": {v: x / (n - 1) for v, x in nx.harmonic_centrality(G, distance="scaled").items()},
            "degree_centrality": nx.degree_centrality(G),
            "strength": dict(G.degree(weight="weight")),
            "pagerank": nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-14, max_iter=10000),
            "pagerank_personalized": nx.pagerank(
                G, alpha=0.85, personalization=personalization, weight="weight", tol=1e-14,
                max_iter=10000),
            "betweenness_unweighted": nx.betweenness_centrality(G, normalized=True, weight=None),
            "closeness_unweighted": nx.closeness_centrality(G, distance=None, wf_improved=True),
            "harmonic_unweighted": nx.harmonic_centrality(G, distance=None),
            "closeness_unweighted_plain": nx.closeness_centrality(
                G, distance=None, wf_improved=False),
            "eigenvector": nx.eigenvector_centrality_numpy(G, weight="weight"),
            "eigenvector_unweighted": nx.eigenvector_centrality_numpy(G, weight=None),
            "core_number": nx.core_number(G),
            "clustering": nx.clustering(G),
            "clustering_weighted": nx.clustering(G, weight="weight"),
            "pagerank_rooted": nx.pagerank(
                G, alpha=0.85, personalization={first: 1}, weight="weight", tol=1e-14,
                max_iter=10000),
        }
        doc = {
            "graph": name,
            "constructor": construct,
            "networkx": nx.__version__,
            "n": G.number_of_nodes(),
            "m": G.number_of_edges(),
            "weighted": any("weight" in d for _, _, d in G.edges(data=True)),
            "calls": CALLS,
            "pagerank_personalization": {label[v]: x for v, x in personalization.items()},
            "closeness_scaled": "nx.closeness_centrality(G, distance='scaled', wf_improved=True), where an edge's "
        "'scaled' length is (1/weight) / min over edges of (1/weight): RelGraph's default closeness",
    "harmonic_scaled": "nx.harmonic_centrality(G, distance='scaled') / (n - 1): RelGraph's default harmonic",
    "greedy_modularity_communities": membership,
            "greedy_modularity": number(
                community.modularity(G, greedy, weight="weight", resolution=1)),
        }
        for key, scores in values.items():
            doc[key] = {label[v]: number(x) for v, x in scores.items()}
        with open(os.path.join(HERE, name + ".expected.json"), "w") as f:
            json.dump(doc, f, indent=1, sort_keys=True)
            f.write("\n")


if __name__ == "__main__":
    main()
