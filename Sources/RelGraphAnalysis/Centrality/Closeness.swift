import RelGraphCore

extension WeightedGraph {
    /// Computes closeness centrality with the Wasserman–Faust correction for disconnected
    /// graphs.
    ///
    /// For a node *u* that reaches *r* − 1 other nodes at total distance *D*, the score is
    /// ((*r* − 1) / *D*) · ((*r* − 1) / (*n* − 1)): the inverse mean distance to the nodes it
    /// reaches, scaled by the fraction of the graph it reaches. Isolated nodes score 0. Path
    /// lengths follow `weighting` (1 / weight by default), so with tie strengths above 1 scores
    /// can exceed 1.
    ///
    /// ```swift
    /// // Path 0 – 1 – 2, unweighted: node 0 has distances 1 and 2.
    /// path.closeness(weighting: .unweighted).values   // [2/3, 1, 2/3]
    /// ```
    /// - Parameter weighting: how edge weights become lengths; ``PathWeighting/reciprocal`` by
    ///   default.
    /// - Returns: scores indexed by node.
    /// - Complexity: O(*n* · *m*) time with ``PathWeighting/unweighted`` and
    ///   O(*n* · *m* log *n*) otherwise, where *n* is the number of nodes and *m* of edges;
    ///   O(*t* · (*n* + *m*)) space for *t* threads (all active cores).
    ///
    /// ## Reference
    /// Freeman, Linton C. "Centrality in Social Networks Conceptual Clarification." Social
    /// Networks 1, no. 3 (1978): 215–239. https://doi.org/10.1016/0378-8733(78)90021-7
    ///
    /// Wasserman, Stanley, and Katherine Faust. Social Network Analysis: Methods and
    /// Applications. Cambridge: Cambridge University Press, 1994.
    /// https://doi.org/10.1017/CBO9780511815478
    ///
    /// ## Conventions
    /// Equals `networkx.closeness_centrality(G, distance=..., wf_improved=True)`. igraph's
    /// `normalized=True` omits the second factor and so differs on disconnected graphs.
    public func closeness(weighting: PathWeighting = .reciprocal) -> NodeScores {
        distanceSums(weighting: weighting).closeness
    }

    /// Computes harmonic centrality: Σ 1 / *d*(*u*, *v*) over all nodes *v* ≠ *u*, with
    /// unreachable nodes contributing 0.
    ///
    /// Scores are not divided by *n* − 1. Path lengths follow `weighting` (1 / weight by
    /// default).
    ///
    /// ```swift
    /// // Path 0 – 1 – 2, unweighted: node 0 has distances 1 and 2.
    /// path.harmonic(weighting: .unweighted).values   // [1.5, 2, 1.5]
    /// ```
    /// - Parameter weighting: how edge weights become lengths; ``PathWeighting/reciprocal`` by
    ///   default.
    /// - Returns: non-negative scores indexed by node.
    /// - Complexity: as ``closeness(weighting:)``.
    ///
    /// ## Reference
    /// Marchiori, Massimo, and Vito Latora. "Harmony in the Small-World." Physica A 285, no. 3–4
    /// (2000): 539–546. https://doi.org/10.1016/S0378-4371(00)00311-3
    ///
    /// Boldi, Paolo, and Sebastiano Vigna. "Axioms for Centrality." Internet Mathematics 10,
    /// no. 3–4 (2014): 222–262. https://doi.org/10.1080/15427951.2013.865686
    ///
    /// ## Conventions
    /// Equals `networkx.harmonic_centrality(G, distance=...)`; igraph and NetworKit with
    /// `normalized=True` divide by *n* − 1.
    public func harmonic(weighting: PathWeighting = .reciprocal) -> NodeScores {
        distanceSums(weighting: weighting).harmonic
    }

    /// Closeness and harmonic scores from one single-source search per node, run in parallel;
    /// each source writes only its own entries, so the result does not depend on scheduling.
    func distanceSums(weighting: PathWeighting) -> (closeness: NodeScores, harmonic: NodeScores) {
        let n = nodeCount
        let lengths = pathLengths(weighting)
        let chunks = SourceChunks.count(nodes: n, bufferLength: 0)
        let out = SharedDoubles(count: 2 * n)
        SourceChunks.forEach(chunks: chunks, threads: SourceChunks.threads(nil)) { c in
            var search = ShortestPathSearch(graph: self, lengths: lengths)
            for s in SourceChunks.sources(ofChunk: c, of: chunks, nodes: n) {
                search.run(from: s, countPaths: false)
                var total = 0.0
                var inverse = 0.0
                for v in search.order where Int(v) != s {
                    let d = search.dist[Int(v)]
                    total += d
                    inverse += 1 / d
                }
                let reached = Double(search.order.count - 1)
                out.pointer[s] =
                    total > 0 && n > 1 ? (reached / total) * (reached / Double(n - 1)) : 0
                out.pointer[n + s] = inverse
            }
        }
        return (
            NodeScores(values: Array(out.pointer[0..<n])),
            NodeScores(values: Array(out.pointer[n..<(2 * n)]))
        )
    }
}
