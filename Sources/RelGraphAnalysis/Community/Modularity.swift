import RelGraphCore

extension WeightedGraph {
    /// Computes the weighted Newman–Girvan modularity of `partition`.
    ///
    /// Q = Σ_c [*L*_c / *m* − γ (*d*_c / 2*m*)²], where *m* is the total edge weight, *L*_c the
    /// weight of the edges inside community *c*, *d*_c the summed strength of its nodes and γ the
    /// resolution. Q is at most 1; putting every node in one community gives 1 − γ, and larger γ
    /// favours smaller communities.
    ///
    /// ```swift
    /// // Two triangles joined by one edge, split at the bridge (unit weights, m = 7):
    /// try bridge.modularity(of: Partition(assignment: [0, 0, 0, 1, 1, 1]))   // 5/14 ≈ 0.357143
    /// ```
    /// - Parameters:
    ///   - partition: a partition of this graph's nodes.
    ///   - resolution: γ; 1 by default. Must be finite and ≥ 0.
    /// - Returns: Q.
    /// - Throws: ``AnalysisError/emptyGraph(measure:)`` when the graph has no edges;
    ///   ``AnalysisError/invalidOption(name:value:expected:)`` for a negative or non-finite
    ///   resolution.
    /// - Precondition: `partition.nodeCount == nodeCount`.
    /// - Complexity: O(*n* + *m*), where *n* is the number of nodes and *m* of edges.
    ///
    /// ## Reference
    /// Newman, M. E. J., and M. Girvan. "Finding and Evaluating Community Structure in
    /// Networks." Physical Review E 69, no. 2 (2004): 026113.
    /// https://doi.org/10.1103/PhysRevE.69.026113 (arXiv: cond-mat/0308217)
    ///
    /// Newman, M. E. J. "Analysis of Weighted Networks." Physical Review E 70, no. 5 (2004):
    /// 056131. https://doi.org/10.1103/PhysRevE.70.056131
    ///
    /// Reichardt, Jörg, and Stefan Bornholdt. "Statistical Mechanics of Community Detection."
    /// Physical Review E 74, no. 1 (2006): 016110. https://doi.org/10.1103/PhysRevE.74.016110
    ///
    /// ## Conventions
    /// Equals `networkx.community.modularity(G, communities, weight="weight", resolution=γ)`.
    public func modularity(
        of partition: Partition, resolution: Double = 1
    ) throws(AnalysisError)
        -> Double
    {
        precondition(partition.nodeCount == nodeCount, "partition size does not match the graph")
        try AnalysisError.validateResolution(resolution)
        guard totalWeight > 0 else { throw .emptyGraph(measure: "modularity") }
        return modularity(labels: partition.community, range: partition.count, resolution: resolution)
    }

    /// Q of the labelling `label` (any labels in `0..<range`; unused labels add nothing), as
    /// ``modularity(of:resolution:)`` defines it, without building a ``Partition`` and without
    /// checks: the one implementation behind the public function, Leiden and Louvain.
    /// - Complexity: O(*n* + *m* + *r*), where *r* is `range`.
    func modularity<Label: BinaryInteger>(
        labels label: [Label], range: Int, resolution: Double
    ) -> Double {
        let m = totalWeight
        guard m > 0 else { return 0 }
        var inside = [Double](repeating: 0, count: range)
        var degree = [Double](repeating: 0, count: range)
        for u in 0..<nodeCount {
            let c = Int(label[u])
            for k in neighborRange(u) {
                degree[c] += weights[k]
                if label[Int(targets[k])] == label[u] { inside[c] += weights[k] }
            }
        }
        var q = 0.0
        for c in 0..<range where degree[c] > 0 {
            let share = degree[c] / (2 * m)
            q += inside[c] / (2 * m) - resolution * share * share
        }
        return q
    }
}
