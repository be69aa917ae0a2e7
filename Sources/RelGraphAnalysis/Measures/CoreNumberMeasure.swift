import RelGraphCore

/// The core number: the largest *k* such that the node belongs to the *k*-core, the maximal
/// subgraph in which every node has at least *k* neighbours (`networkx.core_number`; weights
/// ignored).
///
/// See ``RelGraphCore/WeightedGraph/coreNumbers()`` for the method and its reference.
public struct CoreNumberMeasure: ActorMeasure {
    public var name: MeasureName { .coreness }
    public var title: String { "Core number" }
    public var heading: String? { "Core" }
    public var definition: String {
        "k-core number (weights ignored): the actor sits in a group where everyone has at least k ties"
    }
    public var format: MeasureFormat { .integer }

    /// Creates the measure.
    public init() {}

    /// - Complexity: O(*n* + *m*).
    public func values(in context: MeasureContext) throws(AnalysisError) -> [Double] {
        context.graph.coreNumbers().values
    }
}
