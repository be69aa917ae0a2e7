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

    /// Sources used by betweenness (*n* when exact), once computed.
    public internal(set) var betweennessSources: Int?
    /// Error bound of sampled betweenness at 95 % confidence (0 when exact), once computed.
    public internal(set) var betweennessErrorBound: Double?
    /// Sources used by closeness and harmonic (*n* when exact), once computed.
    public internal(set) var distanceSources: Int?
    /// Broker flags, once brokerage is computed (see ``BrokerageMeasure``).
    public internal(set) var brokers: [Bool]?

    private var computed: [MeasureName: [Double]] = [:]
    private var distances: DistanceCentralities?

    /// A context over `graph`.
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` for a thread count
    ///   below 1 or a `seenFrom` node outside the graph.
    public init(
        graph: WeightedGraph, weighting: PathWeighting = .reciprocal,
        sampling: SourceSampling = .automatic(), threads: Int? = nil, seenFrom: [Int] = []
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
