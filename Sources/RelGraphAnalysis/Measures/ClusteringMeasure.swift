import RelGraphCore

/// The local clustering coefficient, unweighted (`networkx.clustering`): the share of pairs of
/// a node's neighbours that are tied to each other.
///
/// See ``RelGraphCore/WeightedGraph/clustering(weighted:)`` for the method.
public struct ClusteringMeasure: ActorMeasure {
    public var name: MeasureName { .clustering }
    public var title: String { "Clustering coefficient" }
    public var heading: String? { "Clustering" }
    public var definition: String {
        "share of pairs of the actor's neighbours that are tied to each other, in [0, 1] (unweighted)"
    }
    public var format: MeasureFormat { .decimal(table: 4, csv: 12) }

    /// Creates the measure.
    public init() {}

    /// - Complexity: O(*m* · *d*ₘₐₓ).
    public func values(in context: MeasureContext) throws(AnalysisError) -> [Double] {
        context.graph.clustering().values
    }
}
