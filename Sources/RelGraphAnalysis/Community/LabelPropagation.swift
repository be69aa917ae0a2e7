import RelGraphCore

/// Options for ``RelGraphCore/WeightedGraph/labelPropagation(_:)``.
public struct LabelPropagationOptions: Sendable, Equatable {
    /// Seeds the visiting order and the tie-breaking; 42 by default (NetworkX draws a random
    /// seed when `seed=None`). A seed always gives the same partition.
    public var seed: UInt64
    /// The most sweeps over all nodes; 1 000 by default. Label propagation can oscillate on
    /// rare graphs; the labels after the last sweep are returned. Must be ≥ 1.
    public var maxSweeps: Int

    /// Creates options; every parameter defaults to the value documented on its property.
    public init(seed: UInt64 = 42, maxSweeps: Int = 1_000) {
        self.seed = seed
        self.maxSweeps = maxSweeps
    }
}

extension WeightedGraph {
    /// Finds communities by asynchronous, weighted label propagation.
    ///
    /// Every node starts with its own label. Each sweep visits the nodes in a fresh seeded random
    /// order; a node whose label is not among the labels of largest total edge weight in its
    /// neighbourhood takes one of those, drawn uniformly. It stops after the first sweep in
    /// which no node changed. Weights within 10⁻¹² relative count as equal. No objective is
    /// optimised, so modularity is usually below Leiden's and varies with the seed; isolated
    /// nodes stay alone.
    ///
    /// ```swift
    /// // Two 5-cliques joined by a weak edge: each clique ends with one label.
    /// try twoCliques.labelPropagation().count   // 2
    /// ```
    /// - Parameter options: seed and sweep limit.
    /// - Returns: the final labels as a canonically numbered partition.
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` when `options.maxSweeps`
    ///   < 1.
    /// - Complexity: O(*m*) per sweep, where *m* is the number of edges, and typically a few
    ///   dozen sweeps; O(*n*) extra space, where *n* is the number of nodes.
    ///
    /// ## Reference
    /// Raghavan, Usha Nandini, Réka Albert, and Soundar Kumara. "Near Linear Time Algorithm to
    /// Detect Community Structures in Large-Scale Networks." Physical Review E 76, no. 3 (2007):
    /// 036106. https://doi.org/10.1103/PhysRevE.76.036106
    ///
    /// ## Conventions
    /// Follows `networkx.community.asyn_lpa_communities(G, weight="weight", seed=s)` (the same
    /// rule, different random streams).
    public func labelPropagation(
        _ options: LabelPropagationOptions = .init()
    ) throws(AnalysisError)
        -> Partition
    {
        try AnalysisError.validateAtLeastOne(options.maxSweeps, name: "maxSweeps")
        let n = nodeCount
        var rng = SplitMix64(seed: options.seed)
        var label = (0..<n).map { Int32($0) }
        var order = (0..<n).filter { degree($0) > 0 }.map { Int32($0) }
        var weightOf = [Double](repeating: 0, count: n)
        var listed: [Int32] = []
        var best: [Int32] = []
        for _ in 0..<options.maxSweeps {
            rng.shuffle(&order)
            var changed = false
            for vi in order {
                let v = Int(vi)
                for k in neighborRange(v) {
                    let l = label[Int(targets[k])]
                    if weightOf[Int(l)] == 0 { listed.append(l) }
                    weightOf[Int(l)] += weights[k]
                }
                var top = 0.0
                for l in listed { top = max(top, weightOf[Int(l)]) }
                let cut = top * (1 - 1e-12)
                best.removeAll(keepingCapacity: true)
                var keep = false
                for l in listed where weightOf[Int(l)] >= cut {
                    best.append(l)
                    if l == label[v] { keep = true }
                }
                if !keep {
                    best.sort()
                    label[v] = best[rng.next(below: best.count)]
                    changed = true
                }
                for l in listed { weightOf[Int(l)] = 0 }
                listed.removeAll(keepingCapacity: true)
            }
            if !changed { break }
        }
        return Partition(assignment: label.map(Int.init))
    }
}
