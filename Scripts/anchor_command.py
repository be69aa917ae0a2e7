#!/usr/bin/env python3
"""The whole job an analyst would script with igraph or NetworkX, for Scripts/bench-commands.sh.

    anchor_command.py LIBRARY TASK GRAPH.tsv [OUT]

LIBRARY is igraph or networkx; TASK is one of
  pagerank     read the weighted edge list, PageRank (weights, damping 0.85), write JSON of all nodes
  degree       read, degree of every node, write JSON
  leiden       read, Leiden communities to convergence (igraph: community_leiden with
               objective_function="modularity", n_iterations=-1), write the membership
  betweenness  read, weighted betweenness (distance = 1/weight), write JSON
  graphml      read, write GraphML to OUT
  all          igraph only: what the default `relgraph actors` table holds: degree, strength,
               PageRank, weighted betweenness, closeness and harmonic centrality (distance =
               1/weight), eigenvector centrality, coreness, weighted clustering and Leiden
               communities to convergence, written as JSON of all nodes
GRAPH may also be a RelGraph graph file (`*.relgraph.json`): it is read with `json.load` and its
co-mention relations (what `relgraph actors` ranks by default) become the weighted graph.
Each run is one process, so timing it with /usr/bin/time includes the interpreter, the imports,
reading and writing, as timing `relgraph` does.
"""

import json
import sys


def read_igraph(path):
    """The edge list through igraph's own C reader (NCOL: `name name weight` per line)."""
    import igraph

    return igraph.Graph.Read_Ncol(path, names=True, weights=True, directed=False)


def main():
    lib, task, path = sys.argv[1], sys.argv[2], sys.argv[3]
    out = sys.argv[4] if len(sys.argv) > 4 else None
    if lib == "igraph":
        g = read_igraph(path)
        names = g.vs["name"]
        if task == "pagerank":
            values = g.pagerank(weights="weight", damping=0.85)
        elif task == "degree":
            values = g.degree()
        elif task == "leiden":
            values = g.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1).membership
        elif task == "betweenness":
            g.es["distance"] = [1.0 / w for w in g.es["weight"]]
            values = g.betweenness(weights="distance", directed=False)
        elif task == "graphml":
            g.write_graphml(out)
            return
        elif task == "all":
            w = g.es["weight"]
            g.es["distance"] = [1.0 / x for x in w]
            columns = {
                "degree": g.degree(),
                "strength": g.strength(weights="weight"),
                "pagerank": g.pagerank(weights="weight", damping=0.85),
                "betweenness": g.betweenness(weights="distance", directed=False),
                "closeness": g.closeness(weights="distance"),
                "harmonic": g.harmonic_centrality(weights="distance"),
                "eigenvector": g.eigenvector_centrality(weights="weight"),
                "coreness": g.coreness(),
                "clustering": g.transitivity_local_undirected(weights="weight", mode="zero"),
                "community": g.community_leiden(
                    objective_function="modularity", weights="weight", n_iterations=-1
                ).membership,
            }
            rows = [dict(name=n, **{k: v[i] for k, v in columns.items()}) for i, n in enumerate(names)]
            json.dump({"nodes": rows}, sys.stdout)
            return
        else:
            raise SystemExit(f"unknown task {task}")
    else:
        import networkx as nx

        if path.endswith(".json"):
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
            g = nx.Graph()
            g.add_nodes_from(e["id"] for e in doc["entities"])
            for r in doc["relations"]:
                if r.get("kind", "co-mention") == "co-mention":
                    g.add_edge(r["source"], r["target"], weight=r["weight"])
        else:
            g = nx.read_weighted_edgelist(path)
        names = list(g.nodes)
        if task == "pagerank":
            d = nx.pagerank(g, weight="weight")
        elif task == "degree":
            d = dict(g.degree())
        elif task == "betweenness":
            for _, _, e in g.edges(data=True):
                e["distance"] = 1.0 / e["weight"]
            d = nx.betweenness_centrality(g, weight="distance")
        elif task == "graphml":
            nx.write_graphml(g, out)
            return
        else:
            raise SystemExit(f"unknown task {task}")
        values = [d[n] for n in names]
    json.dump({"nodes": [{"name": n, "value": v} for n, v in zip(names, values)]}, sys.stdout)


if __name__ == "__main__":
    main()
