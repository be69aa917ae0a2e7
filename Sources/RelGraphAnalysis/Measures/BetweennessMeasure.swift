import RelGraphCore

/// Shortest-path betweenness normalised by 2/((*n*−1)(*n*−2))
/// (`networkx.betweenness_centrality(G, weight=…)`), exact or sampled from sources as
/// ``MeasureContext/sampling`` says; records the sources and error bound in the context.
///
/// See ``RelGraphCore/WeightedGraph/betweenness(_:sampling:)`` for the method and references.
public struct BetweennessMeasure: ActorMeasure {
    public var name: MeasureName { .betweenness }
    public var title: String { "Betweenness" }
    public var heading: String? { "Betweenness" }
    public var definition: String {
        "share of shortest paths between other actors that pass through the actor, in [0, 1] "
            + "(normalised by 2/((n-1)(n-2)); sampled on large graphs)"
    }
    public var format: MeasureFormat { .decimal(table: 4, csv: 12) }

    /// Creates the measure.
    public init() {}

    /// - Complexity: O(*k* · *m* log *n*) for *k* sources (*k* = *n* when exact).
    public func values(in context: MeasureContext) throws(AnalysisError) -> [Double] {
        let b = try context.graph.betweenness(
            .init(weighting: context.weighting, threads: context.threads), sampling: context.sampling)
        context.betweennessSources = b.sources
        context.betweennessErrorBound = b.errorBound
        return b.scores.values
    }
}
