import RelGraphCore

/// Options for ``RelGraphCore/WeightedGraph/leiden(_:)``.
///
/// The objective is modularity with resolution γ, as `leidenalg.ModularityVertexPartition`
/// (γ = 1) or `RBConfigurationVertexPartition` (any γ), and igraph's
/// `community_leiden(objective_function="modularity")`.
public struct LeidenOptions: Sendable, Equatable {
    /// The resolution γ of the modularity being maximised; 1 by default. Larger values give
    /// more, smaller communities. Must be finite and ≥ 0.
    public var resolution: Double
    /// Seeds every random choice; 42 by default. A seed always gives the same partition,
    /// whatever `threads` is.
    public var seed: UInt64
    /// The randomness θ of the refinement phase (igraph's `beta`); 0.01 by default. A node joins a
    /// refined community with probability ∝ exp(gain / θ), gains in units of edge weight; 0 makes
    /// the choice greedy. Must be finite and ≥ 0.
    public var randomness: Double
    /// The most Leiden iterations per run, each starting from the previous partition; `nil`
    /// (the default) iterates until an iteration changes nothing, as leidenalg's
    /// `n_iterations=-1`. A cap trades modularity for time (on lfr_100k the first two
    /// iterations reach all but about 3·10⁻⁵ of the converged Q). Must be ≥ 1.
    public var maxIterations: Int?
    /// Iteration also stops once an iteration raises modularity by less than this; 0 (the
    /// default) stops only when an iteration changes nothing or Q no longer rises. Must be ≥ 0.
    public var tolerance: Double
    /// Independent runs (seeds derived from `seed`) keeping the partition with the highest
    /// modularity, the earliest run on ties. `nil` (the default) picks by size: 16 runs up to
    /// 1 000 nodes (a few milliseconds), then 1. Must be ≥ 1.
    public var restarts: Int?
    /// Worker threads for the restarts; `nil` (the default) uses every active core. The result
    /// does not depend on it. Must be ≥ 1.
    public var threads: Int?

    /// Creates options; every parameter defaults to the value documented on its property.
    public init(
        resolution: Double = 1, seed: UInt64 = 42, randomness: Double = 0.01,
        maxIterations: Int? = nil, tolerance: Double = 0, restarts: Int? = nil,
        threads: Int? = nil
    ) {
        self.resolution = resolution
        self.seed = seed
        self.randomness = randomness
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.restarts = restarts
        self.threads = threads
    }

    /// The number of runs for a graph with `n` nodes.
    func runs(nodes n: Int) -> Int {
        if let restarts { return restarts }
        return n <= 1_000 ? 16 : 1
    }
}

extension WeightedGraph {
    /// Finds communities by maximising modularity with the Leiden algorithm.
    ///
    /// Each iteration repeats three phases until every community is a single aggregate node:
    /// *fast local moving* (a queue of nodes, each moved to the neighbouring or an empty community
    /// that raises Q the most; only the neighbours of a moved node are revisited), *refinement*
    /// (within each community, well-connected singletons merge into well-connected
    /// sub-communities, chosen at random among those with gain ≥ 0 with probability
    /// ∝ exp(gain / θ)), and *aggregation* by the refined partition, where the aggregate nodes
    /// start in their unrefined community (Algorithm A.2 of the paper's supplement). When
    /// refinement merges nothing, the level is aggregated by the unrefined partition, as igraph
    /// does, so that every level is smaller than the one before.
    /// Refinement is what guarantees that every community is connected (indeed γ-connected),
    /// which Louvain does not. Iterations continue from the previous result until Q stops
    /// rising by more than `options.tolerance`; several seeded runs keep the best.
    ///
    /// ```swift
    /// // Two triangles joined by one edge, split at the bridge:
    /// try bridge.leiden().community   // [0, 0, 0, 1, 1, 1], Q = 5/14
    /// ```
    /// - Parameter options: resolution, seed, randomness, iterations, restarts and threads.
    /// - Returns: the partition with the highest modularity found, canonically numbered; all
    ///   singletons for a graph without edges.
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` when an option is outside
    ///   the range documented on ``LeidenOptions``.
    /// - Complexity: O(*m*) expected per local-moving pass and near linear in *m* per
    ///   iteration on sparse graphs, where *m* is the number of edges; O(*n* + *m*) space per
    ///   worker, where *n* is the number of nodes. Multiply by the number of runs.
    ///
    /// ## Reference
    /// Traag, V. A., L. Waltman, and N. J. van Eck. "From Louvain to Leiden: Guaranteeing
    /// Well-Connected Communities." Scientific Reports 9 (2019): 5233.
    /// https://doi.org/10.1038/s41598-019-41695-z
    ///
    /// ## Conventions
    /// Optimises the Q of `networkx.community.modularity(G, C, weight="weight", resolution=γ)`, as
    /// `leidenalg.find_partition(g, RBConfigurationVertexPartition, weights="weight",
    /// resolution_parameter=γ, n_iterations=-1)` does; partitions differ from leidenalg's because
    /// the random choices do.
    public func leiden(_ options: LeidenOptions = .init()) throws(AnalysisError) -> Partition {
        try AnalysisError.validateResolution(options.resolution)
        try AnalysisError.validateNonNegative(options.randomness, name: "randomness")
        if let cap = options.maxIterations {
            try AnalysisError.validateAtLeastOne(cap, name: "maxIterations")
        }
        try AnalysisError.validateTolerance(options.tolerance)
        let runs = options.runs(nodes: nodeCount)
        try AnalysisError.validateAtLeastOne(runs, name: "restarts")
        try AnalysisError.validateThreads(options.threads)
        guard totalWeight > 0 else { return .singletons(nodeCount: nodeCount) }
        let labels = try bestOfRuns(runs, seed: options.seed, threads: options.threads) { seed in
            var run = LeidenRun(graph: self, options: options, seed: seed)
            return run.run()
        }
        return Partition(assignment: labels.map(Int.init))
    }

    /// Runs `body` with `runs` seeds derived from `seed` (the first is `seed` itself) on up to
    /// `threads` workers and returns the labels with the highest modularity, the earliest run on
    /// ties.
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` when `threads` < 1.
    func bestOfRuns(
        _ runs: Int, seed: UInt64, threads: Int?,
        _ body: @Sendable (UInt64) -> (labels: [Int32], q: Double)
    ) throws(AnalysisError) -> [Int32] {
        var derive = SplitMix64(seed: seed)
        let seeds = (0..<runs).map { $0 == 0 ? seed : derive.next() }
        let slots = SharedSlots<(labels: [Int32], q: Double)>(count: runs)
        let workers = try SourceChunks.threads(threads)
        SourceChunks.forEach(chunks: runs, threads: workers) { r in
            slots[r] = body(seeds[r])
        }
        var best = slots[0]!
        for r in 1..<runs where slots[r]!.q > best.q { best = slots[r]! }
        return best.labels
    }
}
