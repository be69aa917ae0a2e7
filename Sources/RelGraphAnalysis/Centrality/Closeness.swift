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
    /// - Parameters:
    ///   - weighting: how edge weights become lengths; ``PathWeighting/reciprocal`` by default.
    ///   - wfImproved: whether to apply the Wasserman–Faust factor (*r* − 1)/(*n* − 1); `true` by
    ///     default, as NetworkX. `false` gives (*r* − 1)/*D*, igraph's `normalized=True`.
    ///   - threads: worker threads; `nil` (the default) uses every active core. Each source
    ///     writes only its own score, so the result does not depend on it. Must be ≥ 1.
    /// - Returns: scores indexed by node.
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` when `threads` < 1.
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
    /// Equals `networkx.closeness_centrality(G, distance=..., wf_improved=wfImproved)`. igraph's
    /// `normalized=True` omits the second factor and so differs on disconnected graphs.
    public func closeness(
        weighting: PathWeighting = .reciprocal, wfImproved: Bool = true, threads: Int? = nil
    ) throws(AnalysisError) -> NodeScores {
        try distanceCentralities(
            weighting: weighting, sampling: .exact, wfImproved: wfImproved, threads: threads
        ).closeness
    }

    /// Computes harmonic centrality: Σ 1 / *d*(*u*, *v*) over all nodes *v* ≠ *u*, with
    /// unreachable nodes contributing 0.
    ///
    /// Scores are not divided by *n* − 1 unless `normalized` is `true`. Path lengths follow
    /// `weighting` (1 / weight by default).
    ///
    /// ```swift
    /// // Path 0 – 1 – 2, unweighted: node 0 has distances 1 and 2.
    /// path.harmonic(weighting: .unweighted).values   // [1.5, 2, 1.5]
    /// ```
    /// - Parameters:
    ///   - weighting: how edge weights become lengths; ``PathWeighting/reciprocal`` by default.
    ///   - normalized: whether to divide by *n* − 1 (igraph's and NetworKit's `normalized=True`);
    ///     `false` by default, as NetworkX.
    ///   - threads: worker threads, as for ``closeness(weighting:wfImproved:threads:)``.
    /// - Returns: non-negative scores indexed by node.
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` when `threads` < 1.
    /// - Complexity: as ``closeness(weighting:wfImproved:threads:)``.
    ///
    /// ## Reference
    /// Marchiori, Massimo, and Vito Latora. "Harmony in the Small-World." Physica A 285, no. 3–4
    /// (2000): 539–546. https://doi.org/10.1016/S0378-4371(00)00311-3
    ///
    /// Boldi, Paolo, and Sebastiano Vigna. "Axioms for Centrality." Internet Mathematics 10,
    /// no. 3–4 (2014): 222–262. https://doi.org/10.1080/15427951.2013.865686
    ///
    /// ## Conventions
    /// Equals `networkx.harmonic_centrality(G, distance=...)`; with `normalized: true`, igraph's
    /// and NetworKit's `normalized=True`.
    public func harmonic(
        weighting: PathWeighting = .reciprocal, normalized: Bool = false, threads: Int? = nil
    ) throws(AnalysisError) -> NodeScores {
        let h = try distanceCentralities(weighting: weighting, sampling: .exact, threads: threads)
            .harmonic
        guard normalized else { return h }
        let scale = nodeCount > 1 ? 1 / Double(nodeCount - 1) : 0
        return NodeScores(values: h.values.map { $0 * scale })
    }

    /// Computes closeness and harmonic centrality together from one search per source, exactly
    /// or from a sample of sources.
    ///
    /// Exact scores equal ``closeness(weighting:wfImproved:threads:)`` and
    /// ``harmonic(weighting:normalized:threads:)``. With *k* sampled sources *S*, each node's
    /// distance sum, reciprocal-distance sum and number of reachable nodes are estimated from the
    /// sources other than itself, scaled by (*n* − 1) / |*S* ∖ {*v*}| (distances are symmetric, so
    /// one search from *s* gives *d*(*v*, *s*) for every *v*); the closeness formula is then
    /// applied to the estimates. Harmonic estimates are unbiased; closeness estimates are ratios
    /// of unbiased estimates.
    ///
    /// ```swift
    /// // Path 0 – 1 – 2, unweighted, exact:
    /// path.distanceCentralities(weighting: .unweighted, sampling: .exact).harmonic.values
    /// // [1.5, 2, 1.5]
    /// ```
    /// - Parameters:
    ///   - weighting: how edge weights become lengths; ``PathWeighting/reciprocal`` by default.
    ///   - sampling: exact, a number of sources, or automatic (exact up to
    ///     ``SourceSampling/automaticWorkLimit``); automatic by default.
    ///   - wfImproved: the Wasserman–Faust factor, as for closeness; `true` by default.
    ///   - threads: worker threads; `nil` uses every active core. The result does not depend on
    ///     it. Must be ≥ 1.
    /// - Returns: both score vectors and the number of sources used.
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` when `threads` < 1 or a
    ///   sampled source count < 1.
    /// - Complexity: O(*k* · *m*) unweighted and O(*k* · *m* log *n*) otherwise, where *k* is the
    ///   number of sources, *n* the number of nodes and *m* of edges; O(*t* (*n* + *m*)) space for
    ///   *t* threads, plus O(*c* · *n*) for *c* ≤ 64 chunks when sampling.
    ///
    /// ## Reference
    /// Eppstein, David, and Joseph Wang. "Fast Approximation of Centrality." Journal of Graph
    /// Algorithms and Applications 8, no. 1 (2004): 39–45. https://doi.org/10.7155/jgaa.00081
    ///
    /// ## Conventions
    /// As ``closeness(weighting:wfImproved:threads:)`` and
    /// ``harmonic(weighting:normalized:threads:)`` (NetworkX's conventions).
    public func distanceCentralities(
        weighting: PathWeighting = .reciprocal, sampling: SourceSampling = .automatic(),
        wfImproved: Bool = true, threads: Int? = nil
    ) throws(AnalysisError) -> DistanceCentralities {
        let n = nodeCount
        let (k, seed) = try sampling.sourceCount(nodes: n, edges: edgeCount)
        let workers = try SourceChunks.threads(threads)
        let lengths = pathLengths(weighting)
        @Sendable func closenessScore(reached: Double, total: Double) -> Double {
            Self.closeness(reached: reached, total: total, nodes: n, wfImproved: wfImproved)
        }
        if k >= n {
            let chunks = SourceChunks.count(nodes: n, bufferLength: 0)
            let out = SharedDoubles(count: 2 * n)
            SourceChunks.forEach(chunks: chunks, threads: workers) { c in
                let search = ShortestPathSearch(graph: self, lengths: lengths)
                for s in SourceChunks.sources(ofChunk: c, of: chunks, nodes: n) {
                    search.run(from: s, countPaths: false)
                    let (total, inverse) = search.distanceSums(from: s)
                    out.pointer[s] = closenessScore(
                        reached: Double(search.order.count - 1), total: total)
                    out.pointer[n + s] = inverse
                }
            }
            return DistanceCentralities(
                closeness: NodeScores(values: Array(out.pointer[0..<n])),
                harmonic: NodeScores(values: Array(out.pointer[n..<(2 * n)])), sources: n,
                isExact: true)
        }
        let sources = SourceSampling.draw(k, of: n, seed: seed)
        let chunks = SourceChunks.count(nodes: k, bufferLength: 3 * n)
        let buffers = SharedDoubles(count: chunks * 3 * n)
        SourceChunks.forEach(chunks: chunks, threads: workers) { c in
            let search = ShortestPathSearch(graph: self, lengths: lengths)
            let base = c * 3 * n
            for i in SourceChunks.sources(ofChunk: c, of: chunks, nodes: k) {
                let s = Int(sources[i])
                search.run(from: s, countPaths: false)
                for v in search.order where Int(v) != s {
                    let d = search.dist(Int(v))
                    buffers.pointer[base + Int(v)] += d
                    buffers.pointer[base + n + Int(v)] += 1 / d
                    buffers.pointer[base + 2 * n + Int(v)] += 1
                }
            }
        }
        var sums = [Double](repeating: 0, count: 3 * n)
        for c in 0..<chunks {
            for j in 0..<(3 * n) { sums[j] += buffers.pointer[c * 3 * n + j] }
        }
        var isSource = [Bool](repeating: false, count: n)
        for s in sources { isSource[Int(s)] = true }
        var closeness = [Double](repeating: 0, count: n)
        var harmonic = [Double](repeating: 0, count: n)
        for v in 0..<n {
            let others = Double(k - (isSource[v] ? 1 : 0))
            guard others > 0 else { continue }
            let scale = Double(n - 1) / others
            harmonic[v] = sums[n + v] * scale
            closeness[v] = closenessScore(reached: sums[2 * n + v] * scale, total: sums[v] * scale)
        }
        return DistanceCentralities(
            closeness: NodeScores(values: closeness), harmonic: NodeScores(values: harmonic),
            sources: k, isExact: false)
    }

    /// The closeness of a node that reaches `reached` other nodes at total distance `total` in
    /// a graph of `nodes` nodes (see ``closeness(weighting:wfImproved:threads:)``).
    static func closeness(reached: Double, total: Double, nodes n: Int, wfImproved: Bool) -> Double {
        guard total > 0, n > 1 else { return 0 }
        return wfImproved ? (reached / total) * (reached / Double(n - 1)) : reached / total
    }
}

/// Closeness and harmonic scores computed together, with how many sources were used.
public struct DistanceCentralities: Sendable, Equatable {
    /// Closeness centrality (Wasserman–Faust unless disabled).
    public let closeness: NodeScores
    /// Harmonic centrality (not divided by *n* − 1).
    public let harmonic: NodeScores
    /// The number of source nodes searched; *n* when exact.
    public let sources: Int
    /// Whether every node was a source.
    public let isExact: Bool
}
