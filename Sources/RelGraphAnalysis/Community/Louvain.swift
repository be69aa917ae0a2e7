import RelGraphCore

/// Options for ``RelGraphCore/WeightedGraph/louvain(_:)``.
///
/// `resolution` matches `networkx.community.louvain_communities`; `seed` is fixed (NetworkX
/// draws a random one when `seed=None`), and the stopping rule is a per-move gain tolerance
/// rather than NetworkX's per-level `threshold=1e-7`.
public struct LouvainOptions: Sendable, Equatable {
    /// The resolution γ of the modularity being maximised; 1 by default. Larger values give
    /// more, smaller communities. Must be finite and ≥ 0.
    public var resolution: Double
    /// Seeds the order in which nodes are visited; 42 by default. A seed always gives the
    /// same partition.
    public var seed: UInt64
    /// How many independent runs (with seeds derived from `seed`) to make, keeping the one
    /// with the highest modularity (the first on ties); 1 by default. Must be ≥ 1.
    public var restarts: Int
    /// The smallest modularity gain that makes a node move; 10⁻¹⁰ by default. Must be ≥ 0.
    public var tolerance: Double

    /// Creates options; every parameter defaults to the value documented on its property.
    public init(
        resolution: Double = 1, seed: UInt64 = 42, restarts: Int = 1, tolerance: Double = 1e-10
    ) {
        self.resolution = resolution
        self.seed = seed
        self.restarts = restarts
        self.tolerance = tolerance
    }
}

extension WeightedGraph {
    /// Finds communities by maximising modularity with the Louvain method.
    ///
    /// Each level starts with every (super)node alone and repeatedly visits the nodes in a
    /// seeded random order, moving each to the neighbouring community that raises the modularity
    /// Q (resolution γ, see ``modularity(of:resolution:)``) the most, until a whole sweep moves
    /// nothing; a move must gain more than `options.tolerance`. The communities then become the
    /// nodes of a smaller weighted graph (internal weight as self-loops) and the next level
    /// starts. It stops when a level moves no node. A graph without edges gives singletons.
    ///
    /// Louvain is a heuristic: it reaches a local optimum, typically within 2 % of the best
    /// modularity on small graphs, and may leave communities internally disconnected (Leiden
    /// fixes that).
    ///
    /// - Parameter options: resolution, seed, restarts and tolerance.
    /// - Returns: the partition with the highest modularity found, canonically numbered.
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` when an option is outside
    ///   the range documented on ``LouvainOptions``.
    /// - Complexity: O(*m*) per sweep of local moving, where *m* is the number of edges, and
    ///   near linear in *m* overall on sparse graphs; O(*n* + *m*) space, where *n* is the
    ///   number of nodes. Multiply by `restarts`.
    ///
    /// ## Reference
    /// Blondel, Vincent D., Jean-Loup Guillaume, Renaud Lambiotte, and Etienne Lefebvre. "Fast
    /// Unfolding of Communities in Large Networks." Journal of Statistical Mechanics: Theory and
    /// Experiment 2008, no. 10 (2008): P10008. https://doi.org/10.1088/1742-5468/2008/10/P10008
    /// (arXiv: 0803.0476)
    ///
    /// ## Conventions
    /// Optimises the same Q as `networkx.community.louvain_communities(G, weight="weight",
    /// resolution=γ)`; partitions differ from NetworkX's because the visiting order does.
    public func louvain(_ options: LouvainOptions = .init()) throws(AnalysisError) -> Partition {
        try AnalysisError.validateResolution(options.resolution)
        try AnalysisError.validateAtLeastOne(options.restarts, name: "restarts")
        try AnalysisError.validateTolerance(options.tolerance)
        guard totalWeight > 0 else { return .singletons(nodeCount: nodeCount) }
        var seeds = SplitMix64(seed: options.seed)
        var best: (partition: Partition, q: Double)?
        for run in 0..<options.restarts {
            let seed = run == 0 ? options.seed : seeds.next()
            let partition = louvainRun(options, seed: seed)
            let q = modularity(
                labels: partition.community, range: partition.count,
                resolution: options.resolution)
            if best == nil || q > best!.q { best = (partition, q) }
        }
        return best!.partition
    }

    /// One multi-level Louvain run with the given seed.
    private func louvainRun(_ options: LouvainOptions, seed: UInt64) -> Partition {
        var rng = SplitMix64(seed: seed)
        var level = CommunityGraph(self)
        var membership = (0..<nodeCount).map { Int32($0) }
        let twoM = 2 * totalWeight
        while true {
            let (community, count, moved) = level.louvainMoveNodes(
                resolution: options.resolution, tolerance: options.tolerance * twoM / 2,
                twoM: twoM, rng: &rng)
            if !moved { break }
            for v in membership.indices { membership[v] = community[Int(membership[v])] }
            level = level.aggregated(by: community, count: count, ascendingRows: true)
        }
        return Partition(assignment: membership.map(Int.init))
    }
}

extension CommunityGraph {
    /// Louvain's local moving on this level, to convergence: returns each node's community,
    /// numbered `0..<count` by first appearance in node order, and whether any node moved.
    ///
    /// Moving node *i* (node weight *k*_i) into community *c* changes *m* · Q by
    /// *w*_ic − γ · tot_c · *k*_i / 2*m* (relative to leaving it alone), where *w*_ic is the
    /// weight from *i* to *c* (self-loops excluded) and tot_c the summed node weight of *c*
    /// without *i*; `tolerance` is in the same units (*m* · ΔQ).
    /// - Complexity: O(*n* + *m*) per sweep, where *n* counts this level's nodes and *m* its
    ///   edges; O(*n*) extra space.
    fileprivate func louvainMoveNodes(
        resolution gamma: Double, tolerance: Double, twoM: Double, rng: inout SplitMix64
    ) -> (community: [Int32], count: Int, moved: Bool) {
        let n = nodeCount
        var community = Array(0..<n)
        var total = nodeWeight
        var order = Array(0..<n)
        rng.shuffle(&order)
        var linkWeight = [Double](repeating: 0, count: n)
        var isListed = [Bool](repeating: false, count: n)
        var listed: [Int] = []
        var movedAny = false
        var movedInSweep = true
        while movedInSweep {
            movedInSweep = false
            for i in order {
                let current = community[i]
                let ki = nodeWeight[i]
                for k in offsets[i]..<offsets[i + 1] {
                    let j = Int(targets[k])
                    if j == i { continue }
                    let c = community[j]
                    if !isListed[c] { isListed[c] = true; listed.append(c) }
                    linkWeight[c] += weights[k]
                }
                total[current] -= ki
                let factor = gamma * ki / twoM
                let stayGain = linkWeight[current] - factor * total[current]
                var best = current
                var bestGain = stayGain
                for c in listed where c != current {
                    let gain = linkWeight[c] - factor * total[c]
                    if gain > bestGain { best = c; bestGain = gain }
                }
                if best != current, bestGain - stayGain > tolerance {
                    community[i] = best
                    movedInSweep = true
                    movedAny = true
                } else {
                    best = current
                }
                total[best] += ki
                for c in listed { linkWeight[c] = 0; isListed[c] = false }
                listed.removeAll(keepingCapacity: true)
            }
        }
        var label = community.map { Int32($0) }
        let count = compactLabels(&label, range: n)
        return (label, count, movedAny)
    }
}
