#!/usr/bin/env python3
"""Reference p-values of the disparity filter (Serrano, Boguna, Vespignani, PNAS 2009,
doi:10.1073/pnas.0808904106) from NetworKit's MultiscaleScore, for DisparityFilterTests.

Run from a copy of ../shared/bench/graph with its virtual env (see its README.md):
    cp -r ../shared/bench/graph /tmp/anchors && cd /tmp/anchors
    python3 -m venv .venv && .venv/bin/pip install -q -r requirements.lock.txt
    .venv/bin/python backbone_check.py data/karate.tsv 0.05     # sanity check
    .venv/bin/python /path/to/make_backbone.py data/karate.tsv > karate.json
    .venv/bin/python /path/to/make_backbone.py data/lesmis.tsv > lesmis.json

Each edge records NetworKit's p-value 1 - MultiscaleScore and the closed form
min(alpha_uv, alpha_vu), alpha_uv = (1 - w/s_u)^(k_u - 1) (1 for k_u = 1).
"""
import json, os, platform, sys
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
import networkit as nk
import numpy as np
sys.path.insert(0, os.getcwd())
import anchors

path = sys.argv[1]
L = anchors.Loaded(path)
G = L.nk_w
G.indexEdges()
attr = [0.0] * G.upperEdgeIdBound()
for u, v in G.iterEdges():
    attr[G.edgeId(u, v)] = G.weight(u, v)
ms = nk.sparsification.MultiscaleScore(G, attr)
ms.run()
score = ms.scores()
s = [G.weightedDegree(u) for u in range(L.n)]
k = [G.degree(u) for u in range(L.n)]
edges = []
for u, v in G.iterEdges():
    w = G.weight(u, v)
    au = (1 - w / s[u]) ** (k[u] - 1) if k[u] > 1 else 1.0
    av = (1 - w / s[v]) ** (k[v] - 1) if k[v] > 1 else 1.0
    a, b = sorted([L.names[u], L.names[v]])
    edges.append({"source": a, "target": b, "weight": w,
                  "networkit_p": 1.0 - score[G.edgeId(u, v)], "closed_form_p": min(au, av)})
edges.sort(key=lambda e: (e["source"], e["target"]))
print(json.dumps({
    "graph": os.path.basename(path),
    "command": "python make_backbone.py " + path
               + "  # in a copy of shared/bench/graph, p = 1 - MultiscaleScore(G, weights).scores()",
    "versions": {"networkit": nk.__version__, "numpy": np.__version__,
                 "python": platform.python_version()},
    "nodes": L.n, "edges": edges,
}, indent=1, sort_keys=True))
