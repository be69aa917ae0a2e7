import RelGraphCore

/// Options for ``RelGraphCore/WeightedGraph/betweenness(_:)``.
///
/// `normalized` defaults to `true`, as in NetworkX. `weighting` defaults to
/// ``PathWeighting/reciprocal`` (length = 1 / tie strength), where NetworkX's default is
/// `weight=None`; pass ``PathWeighting/unweighted`` for NetworkX's default.
public struct BetweennessOptions: Sendable, Equatable {
    /// Whether to divide pair counts by the number of pairs not involving the node,
    /// (*n* − 1)(*n* − 2) / 2; `true` by default.
    public var normalized: Bool
    /// How edge weights become lengths; ``PathWeighting/reciprocal`` by default.
    public var weighting: PathWeighting
    /// The number of worker threads; `nil` (the default) uses every active core. Must be ≥ 1.
    /// The result does not depend on it.
    public var threads: Int?

    /// Creates options; every parameter defaults to the value documented on its property.
    public init(
        normalized: Bool = true, weighting: PathWeighting = .reciprocal, threads: Int? = nil
    ) {
        self.normalized = normalized
        self.weighting = weighting
        self.threads = threads
    }
}

extension WeightedGraph {
    /// Computes shortest-path betweenness centrality for every node.
    ///
    /// The betweenness of *v* is Σ σ_st(*v*) / σ_st over unordered pairs {*s*, *t*} with
    /// *s* ≠ *v* ≠ *t*, where σ_st counts shortest *s*–*t* paths and σ_st(*v*) those through *v*.
    /// Normalised scores divide by (*n* − 1)(*n* − 2) / 2, the number of such pairs, so they lie
    /// in [0, 1]; graphs with *n* ≤ 2 are all 0. Path lengths follow `options.weighting`
    /// (1 / weight by default); tied lengths (relative difference ≤ 10⁻¹⁰) count as equal, so
    /// a path of lengths 1, 1/6, 1/6 and one of lengths 1, 1/3 are both shortest although
    /// (1 + 1/6) + 1/6 = 1.3333333333333335 and 1 + 1/3 = 1.3333333333333333 in doubles.
    ///
    /// ```swift
    /// // Path 0 – 1 – 2: node 1 lies on the one path between 0 and 2.
    /// path.betweenness().values                        // [0, 1, 0]
    /// path.betweenness(.init(normalized: false)).values  // [0, 1, 0]
    /// ```
    ///
    /// Sources are split into chunks that run on `options.threads` workers; each chunk keeps its
    /// own sums and chunks are added in order, so the result is bit-identical for any thread
    /// count.
    ///
    /// - Parameter options: normalisation, weighting and thread count.
    /// - Returns: scores indexed by node.
    /// - Precondition: `options.threads`, when given, is ≥ 1.
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` when `threads` < 1.
    /// - Complexity: O(*n* · *m*) time with ``PathWeighting/unweighted`` and
    ///   O(*n* · *m* log *n*) otherwise, where *n* is the number of nodes and *m* of edges;
    ///   O(*c* · *n* + *t* · (*n* + *m*)) space for *c* ≤ 64 chunks and *t* threads.
    ///
    /// ## Reference
    /// Brandes, Ulrik. "A Faster Algorithm for Betweenness Centrality." Journal of
    /// Mathematical Sociology 25, no. 2 (2001): 163–177.
    /// https://doi.org/10.1080/0022250X.2001.9990249
    ///
    /// ## Conventions
    /// Equals `networkx.betweenness_centrality(G, normalized=..., weight=...)` with
    /// ``PathWeighting/unweighted`` (`weight=None`) or ``PathWeighting/length``
    /// (`weight="weight"`), except that NetworkX compares lengths exactly and so misses
    /// floating-point ties; here the exact rational result is reproduced. An unordered pair counts
    /// once (NetworKit counts it twice; igraph returns unnormalised counts).
    public func betweenness(
        _ options: BetweennessOptions = .init()
    ) throws(AnalysisError)
        -> NodeScores
    {
        let n = nodeCount
        let values = try dependencySums(
            sources: nil, weighting: options.weighting, threads: options.threads)
        return Self.betweennessScores(values, nodes: n, normalized: options.normalized)
    }

    /// Betweenness from the dependency sums over all sources, in which every unordered pair was
    /// counted from both ends. Dividing (rather than multiplying by NetworkX's
    /// 1/((n−1)(n−2))) is correctly rounded: 12/20 gives 0.6, not 0.6000000000000001.
    static func betweennessScores(_ sums: [Double], nodes n: Int, normalized: Bool) -> NodeScores {
        if normalized {
            let pairs = n > 2 ? Double((n - 1) * (n - 2)) : 1
            return NodeScores(values: sums.map { $0 / pairs })
        }
        return NodeScores(values: sums.map { $0 * 0.5 })
    }

    /// Σ_s δ_s(v) over `sources` (all nodes when `nil`), in a thread-count-independent order.
    /// With `scaled`, uses the linear-scaling dependencies (see
    /// `ShortestPathSearch.accumulateScaledDependencies`). With `distances` (3 *n* values),
    /// each source *s* also writes, from the same search, its distance sum to
    /// `distances[s]`, its reciprocal-distance sum to `distances[n + s]` and the number of
    /// other nodes it reaches to `distances[2n + s]`, summed in settling order exactly as
    /// ``distanceCentralities(weighting:sampling:wfImproved:threads:)`` sums them.
    func dependencySums(
        sources: [Int32]?, weighting: PathWeighting, threads: Int?, scaled: Bool = false,
        distances: SharedDoubles? = nil
    ) throws(AnalysisError) -> [Double] {
        let n = nodeCount
        let count = sources?.count ?? n
        let threads = try SourceChunks.threads(threads)
        let lengths = pathLengths(weighting)
        let chunks = SourceChunks.count(nodes: count, bufferLength: n)
        let buffers = SharedDoubles(count: chunks * n)
        SourceChunks.forEach(chunks: chunks, threads: threads) { c in
            let search = ShortestPathSearch(graph: self, lengths: lengths)
            let scores = UnsafeMutableBufferPointer(
                rebasing: buffers.pointer[(c * n)..<((c + 1) * n)])
            for i in SourceChunks.sources(ofChunk: c, of: chunks, nodes: count) {
                let s = sources.map { Int($0[i]) } ?? i
                search.run(from: s, countPaths: true)
                if let distances {
                    let (total, inverse) = search.distanceSums(from: s)
                    distances.pointer[s] = total
                    distances.pointer[n + s] = inverse
                    distances.pointer[2 * n + s] = Double(search.order.count - 1)
                }
                if scaled {
                    search.accumulateScaledDependencies(from: s, into: scores)
                } else {
                    search.accumulateDependencies(from: s, into: scores)
                }
            }
        }
        var values = [Double](repeating: 0, count: n)
        for c in 0..<chunks {
            for v in 0..<n { values[v] += buffers.pointer[c * n + v] }
        }
        return values
    }
}
