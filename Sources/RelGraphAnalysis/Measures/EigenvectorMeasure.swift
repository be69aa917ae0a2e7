import RelGraphCore

/// Weighted eigenvector centrality with unit L2 norm
/// (`networkx.eigenvector_centrality_numpy(G, weight="weight")`); all zeros on a graph without
/// edges.
///
/// See ``RelGraphCore/WeightedGraph/eigenvector(_:)`` for the method and its reference.
public struct EigenvectorMeasure: ActorMeasure {
    public var name: MeasureName { .eigenvector }
    public var title: String { "Eigenvector centrality" }
    public var heading: String? { "Eigenvector" }
    public var definition: String {
        "weighted eigenvector centrality (unit length): high for actors tied to other central actors"
    }
    public var format: MeasureFormat { .decimal(table: 4, csv: 12) }

    /// Creates the measure.
    public init() {}

    /// - Complexity: O((*n* + *m*) · iterations).
    public func values(in context: MeasureContext) throws(AnalysisError) -> [Double] {
        let g = context.graph
        if g.edgeCount == 0 { return [Double](repeating: 0, count: g.nodeCount) }
        return try g.eigenvector().values
    }
}
