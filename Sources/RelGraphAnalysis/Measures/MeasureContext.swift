import RelGraphCore

/// What measures compute over: the graph, the options, and the results already computed, so
/// that work shared between measures is done once.
///
/// A context belongs to one report computation on one thread (the measures themselves may use
/// worker threads); it is a class so that measures can record results for each other.
public final class MeasureContext {
    /// The graph; node *i* is entity *i*.
    public let graph: WeightedGraph
    /// How path-based measures read weights.
    public let weighting: PathWeighting
    /// Exact or sampled all-pairs measures.
    public let sampling: SourceSampling
    /// Worker threads; `nil` uses every core.
    public let threads: Int?
    /// The nodes PageRank restarts at (personalised PageRank), or empty for ordinary PageRank.
    public let seenFrom: [Int]
    /// How much each node weighs in PageRank's restarts when ``seenFrom`` is empty, or `nil`
    /// for uniform restarts (see ``PageRankMeasure``).
    public let restartWeights: [Double]?
    /// Whether closeness and harmonic centrality are reported on their raw scale instead of
    /// normalised to [0, 1] (see ``ClosenessMeasure`` and ``HarmonicMeasure``).
    public let rawDistances: Bool

    /// Sources used by betweenness (*n* when exact), once computed.
    public internal(set) var betweennessSources: Int?
    /// Error bound of sampled betweenness at 95 % confidence (0 when exact), once computed.
    public internal(set) var betweennessErrorBound: Double?
    /// Sources used by closeness and harmonic (*n* when exact), once computed.
    public internal(set) var distanceSources: Int?

    private var computed: [MeasureName: [Double]] = [:]
    private var distances: DistanceCentralities?
    private var unit: Double?

    /// A context over `graph`.
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` for a thread count
    ///   below 1 or a `seenFrom` node outside the graph.
    public init(
        graph: WeightedGraph, weighting: PathWeighting = .reciprocal,
        sampling: SourceSampling = .automatic(), threads: Int? = nil, seenFrom: [Int] = [],
        restartWeights: [Double]? = nil, rawDistances: Bool = false
    ) throws(AnalysisError) {
        try AnalysisError.validateThreads(threads)
        if let bad = seenFrom.first(where: { !(0..<graph.nodeCount).contains($0) }) {
            throw .invalidOption(
                name: "seen-from", value: "\(bad)", expected: "a node of the graph (0..<\(graph.nodeCount))")
        }
        self.graph = graph
        self.weighting = weighting
        self.sampling = sampling
        self.threads = threads
        self.seenFrom = seenFrom
        // Equal weights (edge lists, whose nodes all count alike) are uniform restarts.
        let weights = restartWeights.flatMap { w in w.allSatisfy { $0 == w.first } ? nil : w }
        if let w = weights {
            guard w.count == graph.nodeCount, w.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
                throw .invalidOption(
                    name: "restart-weights", value: "\(w.count) values",
                    expected: "one finite weight ≥ 0 per node")
            }
        }
        self.restartWeights = weights
        self.rawDistances = rawDistances
    }

    /// The values of `name`, computing them (and their inputs) on first use.
    /// - Complexity: that of the measure, once; O(1) afterwards.
    public func values(of name: MeasureName) throws(AnalysisError) -> [Double] {
        if let known = computed[name] { return known }
        let values = try name.measure.values(in: self)
        computed[name] = values
        return values
    }

    /// The values of `name` if already computed.
    public func computedValues(of name: MeasureName) -> [Double]? { computed[name] }

    /// The length of the shortest edge under ``weighting`` (1 for a graph without edges): the
    /// unit in which normalised closeness and harmonic centrality measure distances, so that no
    /// two nodes are closer than 1. Computed once.
    /// - Complexity: O(*m*) the first time.
    public var shortestEdgeLength: Double {
        if let unit { return unit }
        let w = graph.weights
        var value = 1.0
        if let lo = w.min(), let hi = w.max() {
            switch weighting {
            case .reciprocal: value = 1 / hi
            case .length: value = lo
            case .unweighted: value = 1
            }
        }
        unit = value
        return value
    }

    /// Readies the measures of `names` that can share shortest-path searches: when betweenness
    /// and closeness or harmonic centrality are all wanted and all exact, one search per source
    /// gives the three (``RelGraphCore/WeightedGraph/betweennessAndDistanceCentralities(_:wfImproved:)``),
    /// with the same values as computing them apart. Otherwise it does nothing; the measures are
    /// computed on first use as usual.
    /// - Complexity: O(*n* · *m* log *n*) when it shares; O(1) otherwise.
    public func shareShortestPaths(for names: Set<MeasureName>) throws(AnalysisError) {
        guard names.contains(.betweenness), names.contains(.closeness) || names.contains(.harmonic),
            computed[.betweenness] == nil, distances == nil
        else { return }
        let n = graph.nodeCount, m = graph.edgeCount
        guard try sampling.sourceCount(nodes: n, edges: m, betweenness: true).count >= n,
            try sampling.sourceCount(nodes: n, edges: m).count >= n
        else { return }
        let (b, d) = try graph.betweennessAndDistanceCentralities(.init(weighting: weighting, threads: threads))
        computed[.betweenness] = b.values
        betweennessSources = n
        betweennessErrorBound = 0
        distances = d
        distanceSources = n
    }

    /// Closeness and harmonic centrality, which share their shortest-path searches; computed
    /// once.
    func distanceCentralities() throws(AnalysisError) -> DistanceCentralities {
        if let distances { return distances }
        let d = try graph.distanceCentralities(weighting: weighting, sampling: sampling, threads: threads)
        distances = d
        distanceSources = d.sources
        return d
    }
}
