import RelGraphCore

extension WeightedGraph {
    /// Computes exact betweenness, closeness and harmonic centrality from one shortest-path
    /// search per source, instead of one search for betweenness and another for the two
    /// distance measures.
    ///
    /// Brandes' search from *s* settles every node it reaches with its final distance before
    /// the dependencies are accumulated, so the same search gives *s*'s distance sum,
    /// reciprocal-distance sum and reach. The results are bit-identical to
    /// ``betweenness(_:)`` and to exact ``distanceCentralities(weighting:sampling:wfImproved:threads:)``
    /// (distances are summed in the same settling order), for any thread count.
    ///
    /// ```swift
    /// // Path 0 – 1 – 2, unweighted.
    /// let (b, d) = try path.betweennessAndDistanceCentralities(.init(weighting: .unweighted))
    /// b.values            // [0, 1, 0]
    /// d.harmonic.values   // [1.5, 2, 1.5]
    /// ```
    /// - Parameters:
    ///   - options: betweenness normalisation, the weighting of all three measures and threads.
    ///   - wfImproved: the Wasserman–Faust factor of closeness; `true` by default.
    /// - Returns: betweenness scores and the exact distance centralities (*n* sources).
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` when `threads` < 1.
    /// - Complexity: O(*n* · *m*) unweighted and O(*n* · *m* log *n*) otherwise, as
    ///   ``betweenness(_:)`` alone; O(*c* · *n* + *t* · (*n* + *m*)) space for *c* ≤ 64 chunks and
    ///   *t* threads.
    ///
    /// ## Reference
    /// Brandes, Ulrik. "A Faster Algorithm for Betweenness Centrality." Journal of
    /// Mathematical Sociology 25, no. 2 (2001): 163–177 (section 5: the same searches give
    /// closeness-type measures). https://doi.org/10.1080/0022250X.2001.9990249
    public func betweennessAndDistanceCentralities(
        _ options: BetweennessOptions = .init(), wfImproved: Bool = true
    ) throws(AnalysisError) -> (betweenness: NodeScores, distances: DistanceCentralities) {
        let n = nodeCount
        let sums = SharedDoubles(count: 3 * n)
        let dependencies = try dependencySums(
            sources: nil, weighting: options.weighting, threads: options.threads, distances: sums)
        let closeness = (0..<n).map {
            Self.closeness(reached: sums.pointer[2 * n + $0], total: sums.pointer[$0], nodes: n, wfImproved: wfImproved)
        }
        let distances = DistanceCentralities(
            closeness: NodeScores(values: closeness),
            harmonic: NodeScores(values: Array(sums.pointer[n..<(2 * n)])), sources: n, isExact: true)
        return (Self.betweennessScores(dependencies, nodes: n, normalized: options.normalized), distances)
    }
}
